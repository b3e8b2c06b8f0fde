package org.nurture.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import reactor.core.publisher.Mono;

/**
 * The outbox's rounds, on every instance with the channel on: the database decides which
 * instance sends what. Every {@code nurture.telegram.outbox-sweep-interval}, the replies
 * left waiting at least that long are sent ({@link TelegramReplies#sweep}); every hour,
 * rows older than {@code nurture.twilio.processed-retention} are forgotten, since a reply
 * may quote what the parent said. A failed round is logged and the next one starts on
 * time.
 */
class TelegramOutboxSchedule {

	private static final Logger log = LoggerFactory.getLogger(TelegramOutboxSchedule.class);

	private final TelegramReplies replies;

	private final TelegramOutbox outbox;

	private final Duration retention;

	private final Clock clock;

	TelegramOutboxSchedule(TelegramReplies replies, TelegramOutbox outbox, Duration retention, Clock clock) {
		this.replies = replies;
		this.outbox = outbox;
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * Subscribed again for every round (Spring calls the method once), so all of it is
	 * deferred.
	 */
	@Scheduled(fixedDelayString = "${nurture.telegram.outbox-sweep-interval:5s}",
			initialDelayString = "${nurture.telegram.outbox-sweep-interval:5s}")
	Mono<Void> sweep() {
		return Mono.defer(replies::sweep).doOnNext(sent -> {
			if (sent > 0) {
				log.info("Sent {} Telegram replies left waiting", sent);
			}
		}).onErrorResume(failure -> {
			log.error("A sweep of the Telegram outbox failed; the next one will try again", failure);
			return Mono.empty();
		}).then();
	}

	@Scheduled(fixedDelay = 60, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	Mono<Void> prune() {
		return Mono.defer(() -> outbox.forgetBefore(clock.instant().minus(retention))).doOnNext(forgotten -> {
			if (forgotten.neverSent() > 0) {
				log.warn("Forgot {} Telegram replies never sent in {} (was the channel off?)", forgotten.neverSent(),
						retention);
			}
			log.debug("Forgot {} Telegram replies sent or given up on", forgotten.finished());
		}).onErrorResume(failure -> {
			log.warn("Could not prune the Telegram outbox; will try again in an hour", failure);
			return Mono.empty();
		}).then();
	}

}
