package org.nurture.channel.telegram;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import io.netty.channel.ConnectTimeoutException;
import org.nurture.channel.DeliveryOutcome;
import org.nurture.channel.OutboundGateway;
import org.nurture.channel.OutboundMessage;
import org.nurture.contact.Channel;
import org.nurture.contact.Contacts;
import org.nurture.contact.Reachability;
import org.nurture.conversation.Reply;
import org.nurture.subscription.TipSender;
import org.nurture.system.LogMasking;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Sends Telegram messages through the Bot API's {@code sendMessage}: the replies to what
 * a parent wrote, and messages of Nurture's own ({@link #send}). Each message waits for
 * its turn under Telegram's limits; a 429 is retried after its {@code retry_after}, a 5xx
 * or a failure to connect with exponential backoff, a timed-out call not at all (it may
 * have been delivered). A 403 "bot was blocked by the user" marks the contact blocked; a
 * chat that is gone (deleted account, unknown chat) marks it undeliverable.
 */
final class TelegramOutboundGateway implements OutboundGateway {

	private static final Logger log = LoggerFactory.getLogger(TelegramOutboundGateway.class);

	private final BotApi api;

	private final TelegramRateLimits limits;

	private final Contacts contacts;

	private final Clock clock;

	private final int attempts;

	private final Duration firstRetryDelay;

	private final Duration longestRetryAfter;

	/** The bot and Telegram's rate for it, shared by every instance. */
	private final TipSender.Pace pace;

	TelegramOutboundGateway(BotApi api, TelegramRateLimits limits, Contacts contacts, Clock clock,
			TelegramProperties telegram) {
		this.api = api;
		this.pace = new TipSender.Pace("telegram:" + botId(telegram.botToken()), telegram.messagesPerSecond());
		this.limits = limits;
		this.contacts = contacts;
		this.clock = clock;
		this.attempts = Math.max(1, telegram.sendAttempts());
		this.firstRetryDelay = telegram.firstRetryDelay();
		this.longestRetryAfter = telegram.longestRetryAfter();
	}

	@Override
	public TipSender.Pace pace(Channel channel) {
		return pace;
	}

	/** The bot's id: the token's part before the colon, which is not secret. */
	private static String botId(String token) {
		int colon = token == null ? -1 : token.indexOf(':');
		return colon > 0 ? token.substring(0, colon) : "bot";
	}

	@Override
	public boolean sends(Channel channel) {
		return channel == Channel.TELEGRAM;
	}

	/**
	 * A message of Nurture's own: not sent to a contact who opted out, blocked the bot or
	 * is gone.
	 */
	@Override
	public Mono<DeliveryOutcome> send(OutboundMessage message) {
		if (!sends(message.channel())) {
			return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.FAILED, null,
					"Telegram does not send on " + message.channel()));
		}
		return contacts.reachability(Channel.TELEGRAM, message.address()).flatMap(reachability -> {
			if (reachability == Reachability.OPTED_OUT) {
				return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.OPTED_OUT, null,
						"the contact has opted out; not sent"));
			}
			if (reachability != Reachability.REACHABLE) {
				return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.UNDELIVERABLE, null,
						"the contact blocked the bot or is gone; not sent"));
			}
			return deliver(message.address(), List.of(Reply.of(message.text())));
		});
	}

	/** The replies to a parent's message, in order; a part that fails stops the rest. */
	Mono<DeliveryOutcome> reply(String chatId, List<Reply> replies) {
		return deliver(chatId, replies);
	}

	/**
	 * Stops the button's spinner; a failure only means the spinner runs until Telegram
	 * gives up on it.
	 */
	Mono<Void> answerCallback(String callbackQueryId) {
		return api.call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build())
			.doOnError(failure -> log.debug("Could not answer a callback query: {}", api.describe(failure)))
			.onErrorComplete()
			.then();
	}

	private Mono<DeliveryOutcome> deliver(String chatId, List<Reply> replies) {
		List<SendMessage> messages = replies.stream()
			.filter(reply -> !reply.text().isBlank())
			.flatMap(reply -> TelegramText.messages(chatId, reply).stream())
			.toList();
		if (messages.isEmpty()) {
			return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.FAILED, null, "nothing to send"));
		}
		return Flux.fromIterable(messages)
			.concatMap(this::sendOne)
			.last()
			.map(sent -> DeliveryOutcome.sent(String.valueOf(sent.getMessageId())))
			.onErrorResume(failure -> notSent(chatId, failure));
	}

	private Mono<Message> sendOne(SendMessage message) {
		return limits.acquire(message.getChatId())
			.then(api.call(message))
			.retryWhen(Retry.from(signals -> signals.concatMap(signal -> {
				Duration wait = retryDelay(signal.failure(), signal.totalRetries());
				return wait == null ? Mono.error(signal.failure()) : Mono.delay(wait);
			})));
	}

	/** How long to wait before trying again, or null to give up. */
	Duration retryDelay(Throwable failure, long retriesSoFar) {
		if (retriesSoFar + 1 >= attempts) {
			return null;
		}
		if (failure instanceof BotApiException error) {
			if (error.tooManyRequests()) {
				Duration wait = Duration.ofSeconds(error.retryAfter() == null ? 1 : Math.max(0, error.retryAfter()));
				return wait.compareTo(longestRetryAfter) <= 0 ? wait : null;
			}
			return error.serverError() ? backoff(retriesSoFar) : null;
		}
		// Only when the request never reached Telegram: after that it may have been
		// delivered, and a second try would write to the parent twice.
		boolean notConnected = failure instanceof WebClientRequestException
				&& (failure.getCause() instanceof ConnectException
						|| failure.getCause() instanceof ConnectTimeoutException);
		return notConnected ? backoff(retriesSoFar) : null;
	}

	private Duration backoff(long retriesSoFar) {
		return firstRetryDelay.multipliedBy(1L << Math.min(retriesSoFar, 10));
	}

	private Mono<DeliveryOutcome> notSent(String chatId, Throwable failure) {
		String masked = LogMasking.mask(chatId);
		if (failure instanceof BotApiException error && error.blockedByUser()) {
			log.info("Telegram chat {} has blocked the bot: marking the contact", masked);
			return contacts.markBlocked(Channel.TELEGRAM, chatId, true, clock.instant())
				.thenReturn(DeliveryOutcome.notSent(DeliveryOutcome.Status.UNDELIVERABLE, error.errorCode(),
						"blocked by the user"));
		}
		if (failure instanceof BotApiException error && error.chatGone()) {
			log.info("Telegram chat {} cannot be written to ({}): marking the contact", masked, error.errorCode());
			return contacts.markUndeliverable(Channel.TELEGRAM, chatId, clock.instant())
				.thenReturn(DeliveryOutcome.notSent(DeliveryOutcome.Status.UNDELIVERABLE, error.errorCode(),
						error.getMessage()));
		}
		Integer code = failure instanceof BotApiException error ? error.errorCode() : null;
		if (failure instanceof TimeoutException) {
			String detail = "no answer from Telegram in time, so it may have been delivered: " + api.describe(failure);
			log.warn("Unclear whether a Telegram message to {} was delivered: {}", masked, detail);
			return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.UNKNOWN, code, detail));
		}
		String detail = api.describe(failure);
		log.warn("Could not send a Telegram message to {}: {}", masked, detail);
		return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.FAILED, code, detail));
	}

}
