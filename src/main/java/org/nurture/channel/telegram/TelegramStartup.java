package org.nurture.channel.telegram;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * What the bot tells Telegram when the service starts: its command menu in English (also the default) and Spanish,
 * and, in webhook mode, where to send updates ({@code setWebhook} with the secret and the update kinds Nurture
 * handles). A failure is logged and retried a few times; it never stops the service, since the webhook Telegram
 * already has keeps working.
 */
final class TelegramStartup {

	/** The update kinds Nurture reads; {@code my_chat_member} tells when a parent blocks or unblocks the bot. */
	static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member");

	private static final Logger log = LoggerFactory.getLogger(TelegramStartup.class);

	private final BotApi api;

	private final TelegramProperties telegram;

	TelegramStartup(BotApi api, TelegramProperties telegram) {
		this.api = api;
		this.telegram = telegram;
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

	Mono<Void> registerCommands() {
		return withRetries("setMyCommands", api.call(SetMyCommands.builder().commands(TelegramCommands.ENGLISH).build())
			.then(api.call(SetMyCommands.builder().commands(TelegramCommands.ENGLISH).languageCode("en").build()))
			.then(api.call(SetMyCommands.builder().commands(TelegramCommands.SPANISH).languageCode("es").build())));
	}

	private Mono<Void> withRetries(String what, Mono<?> call) {
		return call.retryWhen(Retry.backoff(3, Duration.ofSeconds(1)))
			.doOnError(failure -> log.warn("Telegram {} failed: {}", what, api.describe(failure)))
			.onErrorComplete()
			.then();
	}
}
