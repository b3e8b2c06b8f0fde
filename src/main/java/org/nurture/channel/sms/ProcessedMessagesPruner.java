package org.nurture.channel.sms;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import org.nurture.channel.ProcessedMessages;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Forgets processed message ids once no redelivery can come, after {@code nurture.twilio.processed-retention}: the
 * table holds Telegram's update ids (Telegram keeps an update at most 24 hours) and the Twilio {@code MessageSid}s
 * handled before they moved to the session (migration 6), whose stored answers may quote what a parent told us.
 * Every instance prunes; the deletes are harmless when they overlap.
 */
final class ProcessedMessagesPruner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProcessedMessagesPruner.class);

	private static final Duration EVERY = Duration.ofHours(1);

	private final ProcessedMessages processed;

	private final Duration retention;

	private final Clock clock;

	private volatile Disposable running;

	ProcessedMessagesPruner(ProcessedMessages processed, Duration retention, Clock clock) {
		this.processed = processed;
		this.retention = retention;
		this.clock = clock;
	}

	/** One pruning pass; emits how many ids were forgotten. */
	Mono<Long> prune() {
		return processed.forgetReceivedBefore(clock.instant().minus(retention))
			.doOnNext(forgotten -> log.debug("Forgot {} processed message ids", forgotten))
			.onErrorResume(failure -> {
				log.warn("Could not prune processed message ids; will try again in {}", EVERY, failure);
				return Mono.just(0L);
			});
	}

	@Override
	public void start() {
		running = Flux.interval(Duration.ofMinutes(1), EVERY).concatMap(tick -> prune()).subscribe();
	}

	@Override
	public void stop() {
		Disposable subscription = running;
		if (subscription != null) {
			subscription.dispose();
		}
		running = null;
	}

	@Override
	public boolean isRunning() {
		return running != null;
	}
}
