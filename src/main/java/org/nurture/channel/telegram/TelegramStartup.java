package org.nurture.channel.telegram;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.nurture.channel.ChannelTexts;
import org.nurture.conversation.content.Language;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * What the bot tells Telegram when the service starts: its command menu in each language
 * (the default language's also for apps in other languages; the texts are content,
 * {@code telegram.commands} in {@code settings.yml}), and, in webhook mode, where to send
 * updates ({@code setWebhook} with the secret and the update kinds Nurture handles). A
 * failure is logged and retried a few times; it never stops the service, since the
 * webhook Telegram already has keeps working.
 */
final class TelegramStartup {

	/**
	 * The update kinds Nurture reads; {@code my_chat_member} tells when a parent blocks
	 * or unblocks the bot.
	 */
	static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member");

	private static final Logger log = LoggerFactory.getLogger(TelegramStartup.class);

	private final BotApi api;

	private final TelegramProperties telegram;

	private final ChannelTexts texts;

	private final TelegramCommands commands;

	TelegramStartup(BotApi api, TelegramProperties telegram, ChannelTexts texts) {
		this.api = api;
		this.telegram = telegram;
		this.texts = texts;
		this.commands = new TelegramCommands(texts);
	}

	Mono<Void> registerWebhook() {
		SetWebhook setWebhook = SetWebhook.builder()
			.url(telegram.webhookUrl())
			.secretToken(telegram.webhookSecret())
			.allowedUpdates(ALLOWED_UPDATES)
			.build();
		return withRetries("setWebhook", api.call(setWebhook))
			.doOnSuccess(done -> log.info("Telegram sends updates to {}", telegram.webhookUrl()));
	}

	/**
	 * The menu in the default language for everyone, then in each language for the apps
	 * set to it.
	 */
	Mono<Void> registerCommands() {
		Mono<?> calls = api.call(SetMyCommands.builder().commands(commands.menu(texts.defaultLanguage())).build());
		for (Language language : texts.languages()) {
			calls = calls.then(api
				.call(SetMyCommands.builder().commands(commands.menu(language)).languageCode(language.code()).build()));
		}
		return withRetries("setMyCommands", calls);
	}

	private Mono<Void> withRetries(String what, Mono<?> call) {
		return call.retryWhen(Retry.backoff(3, Duration.ofSeconds(1)))
			.doOnError(failure -> log.warn("Telegram {} failed: {}", what, api.describe(failure)))
			.onErrorComplete()
			.then();
	}

}
