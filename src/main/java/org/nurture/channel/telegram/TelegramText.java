package org.nurture.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.nurture.conversation.Reply;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders Nurture's replies as Telegram messages: plain text (no Markdown, so no
 * character of the content can break a message), at most 4,096 characters each, split at
 * a paragraph, sentence or word; the reply's choices as inline buttons under its last
 * part, one a row, each sending back its label (or its number when the label is over
 * Telegram's 64-byte limit for callback data).
 */
final class TelegramText {

	/**
	 * Telegram's limit for a message's text, in UTF-16 characters as Java counts them.
	 */
	static final int MAX_LENGTH = 4096;

	static final int MAX_CALLBACK_BYTES = 64;

	private TelegramText() {
	}

	static List<SendMessage> messages(String chatId, Reply reply) {
		List<String> parts = split(reply.text(), MAX_LENGTH);
		List<SendMessage> messages = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(parts.get(i));
			if (i == parts.size() - 1 && !reply.choices().isEmpty()) {
				message.replyMarkup(keyboard(reply.choices()));
			}
			messages.add(message.build());
		}
		return messages;
	}

	static InlineKeyboardMarkup keyboard(List<String> choices) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (int i = 0; i < choices.size(); i++) {
			String label = choices.get(i);
			rows.add(new InlineKeyboardRow(
					InlineKeyboardButton.builder().text(label).callbackData(callbackData(label, i + 1)).build()));
		}
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

	/**
	 * What a button sends back: its label, which the engine reads as if typed, or its
	 * number when too long.
	 */
	static String callbackData(String label, int number) {
		return label.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES ? label : String.valueOf(number);
	}

	/**
	 * The text in parts of at most {@code limit} characters; an empty text stays one
	 * empty part.
	 */
	static List<String> split(String text, int limit) {
		List<String> parts = new ArrayList<>();
		String rest = text.strip();
		while (rest.length() > limit) {
			int cut = cutPoint(rest, limit);
			parts.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		parts.add(rest);
		return parts;
	}

	/**
	 * The last paragraph break, else sentence end, else space within the limit; else the
	 * limit itself.
	 */
	private static int cutPoint(String text, int limit) {
		int paragraph = text.lastIndexOf("\n\n", limit);
		if (paragraph > limit / 2) {
			return paragraph;
		}
		for (int i = limit; i > limit / 2; i--) {
			char before = text.charAt(i - 1);
			boolean sentenceEnd = before == '.' || before == '!' || before == '?' || before == '\n';
			if (sentenceEnd && Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		int space = text.lastIndexOf(' ', limit);
		if (space > limit / 2) {
			return space;
		}
		return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
	}

}
