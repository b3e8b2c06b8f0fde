package org.nurture.channel.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.nurture.contact.Channel;
import org.nurture.contact.Contacts;
import org.nurture.conversation.ConversationService;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Location;
import org.nurture.conversation.Reply;
import org.nurture.system.LogMasking;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a Telegram update asks, and the engine's answer. Only private chats are talked to.
 * Text, captions and commands go to the engine as text; a shared location goes as a
 * location; a sticker, photo or voice note without words gets the engine's "I can only
 * read text" answer; a button press sends the button's label; {@code my_chat_member}
 * marks the contact blocked ({@code kicked}) or unblocked ({@code member}). Edited
 * messages, group chats and other updates are left alone.
 */
final class UpdateHandler {

	private static final Logger log = LoggerFactory.getLogger(TelegramInbox.class);

	private final ConversationService conversations;

	private final Contacts contacts;

	private final TelegramCommands commands;

	UpdateHandler(ConversationService conversations, Contacts contacts, TelegramCommands commands) {
		this.conversations = conversations;
		this.contacts = contacts;
		this.commands = commands;
	}

	/** The replies to send; empty when the update asks for none. */
	Mono<List<Reply>> handle(Update update, Instant now) {
		String updateId = String.valueOf(update.getUpdateId());
		if (update.hasMessage()) {
			return message(update.getMessage(), updateId, now);
		}
		if (update.hasCallbackQuery()) {
			return buttonPressed(update.getCallbackQuery(), updateId, now);
		}
		if (update.getMyChatMember() != null) {
			return membership(update.getMyChatMember(), now).thenReturn(List.of());
		}
		log.debug("Ignored a Telegram update of another kind (edited message, channel post, ...)");
		return Mono.just(List.of());
	}

	private Mono<List<Reply>> message(Message message, String updateId, Instant now) {
		if (!isPrivate(message.getChat())) {
			return Mono.just(List.of());
		}
		String chatId = String.valueOf(message.getChatId());
		if (message.hasLocation()) {
			Location place = new Location(message.getLocation().getLatitude(), message.getLocation().getLongitude());
			return conversations.handle(new InboundMessage(Channel.TELEGRAM, chatId, "", now, updateId, place));
		}
		String text = message.hasText() ? message.getText() : message.getCaption();
		if (text == null) {
			return hasContent(message) ? ask(chatId, List.of(TelegramCommands.EngineText.said("")), updateId, now)
					: Mono.just(List.of());
		}
		Optional<TelegramCommands.Command> command = TelegramCommands.parse(text);
		if (command.isEmpty()) {
			return ask(chatId, List.of(TelegramCommands.EngineText.said(text)), updateId, now);
		}
		String appLanguage = message.getFrom() == null ? null : message.getFrom().getLanguageCode();
		return contacts.find(Channel.TELEGRAM, chatId)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(contact -> {
				TelegramCommands.Translation translation = commands.translate(command.get(), contact.orElse(null),
						appLanguage);
				if (translation.localReply() != null) {
					return Mono.just(List.of(translation.localReply()));
				}
				return ask(chatId, translation.texts(), updateId, now);
			});
	}

	private Mono<List<Reply>> buttonPressed(CallbackQuery query, String updateId, Instant now) {
		MaybeInaccessibleMessage pressedOn = query.getMessage();
		if (pressedOn == null || !isPrivate(pressedOn.getChat()) || query.getData() == null) {
			return Mono.just(List.of());
		}
		String chatId = String.valueOf(pressedOn.getChatId());
		return ask(chatId, List.of(TelegramCommands.EngineText.said(query.getData())), updateId, now);
	}

	private Mono<Void> membership(ChatMemberUpdated change, Instant now) {
		if (!isPrivate(change.getChat()) || change.getNewChatMember() == null) {
			return Mono.empty();
		}
		String chatId = String.valueOf(change.getChat().getId());
		String status = change.getNewChatMember().getStatus();
		if ("kicked".equals(status) || "member".equals(status)) {
			boolean blocked = "kicked".equals(status);
			log.info("Telegram chat {} {} the bot", LogMasking.mask(chatId), blocked ? "blocked" : "unblocked");
			return contacts.markBlocked(Channel.TELEGRAM, chatId, blocked, now).then();
		}
		return Mono.empty();
	}

	/** The engine's answers to each text in turn, leaving out those of quiet ones. */
	private Mono<List<Reply>> ask(String chatId, List<TelegramCommands.EngineText> texts, String updateId,
			Instant now) {
		return Flux.fromIterable(texts)
			.concatMap(text -> conversations
				.handle(new InboundMessage(Channel.TELEGRAM, chatId, text.text(), now, updateId))
				.map(replies -> text.quiet() ? List.<Reply>of() : replies))
			.collect(ArrayList<Reply>::new, List::addAll)
			.map(List::copyOf);
	}

	/**
	 * Something a parent sent that has no words: a sticker, photo, voice note, file,
	 * contact card...
	 */
	private static boolean hasContent(Message message) {
		return message.hasSticker() || message.hasPhoto() || message.hasVoice() || message.hasAudio()
				|| message.hasVideo() || message.hasVideoNote() || message.hasDocument() || message.hasAnimation()
				|| message.hasContact() || message.hasDice() || message.hasPoll();
	}

	private static boolean isPrivate(Chat chat) {
		return chat != null && "private".equals(chat.getType()) && chat.getId() != null;
	}

	/**
	 * The private chat the update is about, for logs and an apology; null when there is
	 * none.
	 */
	static String chatId(Update update) {
		Chat chat = null;
		if (update.hasMessage()) {
			chat = update.getMessage().getChat();
		}
		else if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
			chat = update.getCallbackQuery().getMessage().getChat();
		}
		else if (update.getMyChatMember() != null) {
			chat = update.getMyChatMember().getChat();
		}
		return isPrivate(chat) ? String.valueOf(chat.getId()) : null;
	}

}
