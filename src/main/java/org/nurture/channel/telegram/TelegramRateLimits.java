package org.nurture.channel.telegram;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import reactor.core.publisher.Mono;

/**
 * Telegram's sending limits: about 30 messages a second for the bot in all, and one a
 * second per chat after a short burst. A send first waits for its chat's turn, then for
 * the bot's; waiting is a timer, never a blocked thread. The limits hold per instance; a
 * large send (daily tips) is spread across instances by the outbox that feeds them.
 */
final class TelegramRateLimits {

	/**
	 * Longer than this and the message is better failed and retried later by its sender.
	 */
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

	private final RateLimiter bot;

	private final RateLimiterConfig chatConfig;

	/**
	 * Quiet chats are forgotten; their next message starts with a full burst again, as
	 * Telegram allows.
	 */
	private final Cache<String, RateLimiter> chats;

	TelegramRateLimits(double messagesPerSecond, int chatBurst) {
		if (!(messagesPerSecond > 0) || chatBurst < 1) {
			throw new IllegalArgumentException("nurture.telegram.messages-per-second and chat-burst must be positive");
		}
		int perSecond = Math.max(1, (int) Math.floor(messagesPerSecond));
		this.bot = RateLimiter.of("telegram",
				RateLimiterConfig.custom()
					.limitForPeriod(perSecond)
					.limitRefreshPeriod(Duration.ofNanos(Math.round(perSecond * 1_000_000_000L / messagesPerSecond)))
					.timeoutDuration(LONGEST_WAIT)
					.build());
		Duration chatPeriod = Duration.ofSeconds(chatBurst);
		this.chatConfig = RateLimiterConfig.custom()
			.limitForPeriod(chatBurst)
			.limitRefreshPeriod(chatPeriod)
			.timeoutDuration(LONGEST_WAIT)
			.build();
		this.chats = Caffeine.newBuilder().expireAfterAccess(chatPeriod.plusMinutes(1)).build();
	}

	/** Completes when one more message may go to the chat. */
	Mono<Void> acquire(String chatId) {
		return Mono.defer(() -> wait(chats.get(chatId, id -> RateLimiter.of("telegram-chat", chatConfig))))
			.then(Mono.defer(() -> wait(bot)));
	}

	private static Mono<Void> wait(RateLimiter limiter) {
		long nanos = limiter.reservePermission();
		if (nanos < 0) {
			return Mono.error(new IllegalStateException("Telegram's send queue is longer than " + LONGEST_WAIT));
		}
		return nanos == 0 ? Mono.empty() : Mono.delay(Duration.ofNanos(nanos)).then();
	}

}
