package org.nurture.channel.telegram;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Long polling, for a developer's laptop with just a bot token and no public URL: removes
 * any webhook (Telegram does not answer {@code getUpdates} while one is set), then asks
 * for updates in a loop, each call waiting up to the poll timeout, and hands them in
 * order to the same inbox the webhook uses. A failed call is retried with backoff up to
 * 30 s; the loop stops with the service.
 */
final class TelegramLongPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);

	/**
	 * Telegram holds a poll open until an update comes; a server that answers at once is
	 * not asked in a loop.
	 */
	private static final Duration BETWEEN_POLLS = Duration.ofMillis(100);

	private final BotApi api;

	private final TelegramInbox inbox;

	private final TelegramStartup startup;

	private final Duration pollTimeout;

	private final Duration requestTimeout;

	private final AtomicInteger offset = new AtomicInteger();

	private volatile Disposable polling;

	TelegramLongPolling(BotApi api, TelegramInbox inbox, TelegramStartup startup, TelegramProperties telegram) {
		this.api = api;
		this.inbox = inbox;
		this.startup = startup;
		this.pollTimeout = telegram.pollTimeout();
		this.requestTimeout = telegram.requestTimeout();
	}

	@Override
	public void start() {
		log.info("Telegram long polling starts (no PUBLIC_BASE_URL, so no webhook)");
		polling = api.call(DeleteWebhook.builder().dropPendingUpdates(false).build())
			.doOnError(failure -> log.warn("Telegram deleteWebhook failed: {}", api.describe(failure)))
			.onErrorComplete()
			.then(startup.registerCommands())
			.thenMany(Flux.defer(this::pollOnce)
				.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
					.maxBackoff(Duration.ofSeconds(30))
					.transientErrors(true)
					.doBeforeRetry(signal -> log.warn("Telegram getUpdates failed, trying again: {}",
							api.describe(signal.failure()))))
				.repeatWhen(polls -> polls.delayElements(BETWEEN_POLLS)))
			.subscribe();
	}

	/**
	 * One {@code getUpdates} call and its updates, handled in order; the offset confirms
	 * them to Telegram.
	 */
	private Flux<Void> pollOnce() {
		GetUpdates getUpdates = GetUpdates.builder()
			.offset(offset.get())
			.timeout((int) pollTimeout.toSeconds())
			.allowedUpdates(TelegramStartup.ALLOWED_UPDATES)
			.build();
		return api.callForResult(getUpdates, pollTimeout.plus(requestTimeout))
			.map(TelegramJson::updates)
			.flatMapMany(Flux::fromIterable)
			.concatMap(polled -> handle(polled)
				.doFinally(signal -> offset.accumulateAndGet(polled.updateId() + 1, Math::max)));
	}

	private Mono<Void> handle(TelegramJson.Polled polled) {
		if (polled.update() == null) {
			log.warn("Skipped Telegram update {}: it does not fit the TelegramBots types", polled.updateId());
			return Mono.empty();
		}
		return inbox.receive(polled.update());
	}

	@Override
	public void stop() {
		Disposable running = polling;
		if (running != null) {
			running.dispose();
		}
		polling = null;
	}

	@Override
	public boolean isRunning() {
		return polling != null && !polling.isDisposed();
	}

}
