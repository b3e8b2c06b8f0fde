package org.nurture.channel.sms;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import reactor.core.publisher.Mono;

/**
 * Paces sends per sender at the provider's rate, counted in segments as Twilio counts
 * them (a long code sends one segment a second). Waiting is a timer, never a blocked
 * thread. The pace holds per instance; several instances sharing one sender share the
 * rate through the outbox that feeds them.
 */
final class SenderRateLimits {

	/** Longer than this and Twilio's own queue would be the better place to wait. */
	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	private final RateLimiterConfig config;

	private final Map<String, RateLimiter> senders = new ConcurrentHashMap<>();

	/**
	 * @param segmentsPerSecond the rate per sender; 0 for none (a local fake provider)
	 */
	SenderRateLimits(double segmentsPerSecond) {
		if (segmentsPerSecond < 0 || Double.isNaN(segmentsPerSecond)) {
			throw new IllegalArgumentException(
					"nurture.twilio.messages-per-second must be positive, or 0 for no limit");
		}
		this.config = segmentsPerSecond == 0 ? null
				: RateLimiterConfig.custom()
					.limitForPeriod(1)
					.limitRefreshPeriod(Duration.ofNanos(Math.round(1_000_000_000 / segmentsPerSecond)))
					.timeoutDuration(LONGEST_WAIT)
					.build();
	}

	/**
	 * Completes when the sender may send this many segments; reserved at subscription, so
	 * order is kept.
	 */
	Mono<Void> acquire(String sender, int segments) {
		if (config == null) {
			return Mono.empty();
		}
		return Mono.defer(() -> {
			RateLimiter limiter = senders.computeIfAbsent(sender, name -> RateLimiter.of("twilio-" + name, config));
			long nanos = limiter.reservePermission(segments);
			if (nanos < 0) {
				return Mono.error(new IllegalStateException("The sender's queue is longer than " + LONGEST_WAIT));
			}
			return nanos == 0 ? Mono.empty() : Mono.delay(Duration.ofNanos(nanos)).then();
		});
	}

}
