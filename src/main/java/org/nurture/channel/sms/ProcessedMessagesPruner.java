package org.nurture.channel.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import org.nurture.channel.ProcessedMessages;
import org.nurture.conversation.ConversationService;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Forgets processed message ids once no redelivery can come, after
 * {@code nurture.twilio.processed-retention}: Telegram's update ids (Telegram keeps an
 * update at most 24 hours) and Twilio's {@code MessageSid}s with the answers given to
 * them, kept with the conversation ({@link ConversationService#answerOnce}) or, before
 * migration 6, beside it. An answer may quote what a parent told us, so none is kept
 * longer. Every instance prunes; the deletes are harmless when they overlap.
 */
final class ProcessedMessagesPruner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProcessedMessagesPruner.class);

	private static final Duration EVERY = Duration.ofHours(1);

	private final ProcessedMessages processed;

	private final ConversationService conversations;

	private final Duration retention;

	private final Clock clock;

	private volatile Disposable running;

	ProcessedMessagesPruner(ProcessedMessages processed, ConversationService conversations, Duration retention,
			Clock clock) {
		this.processed = processed;
		this.conversations = conversations;
		this.retention = retention;
		this.clock = clock;
	}

	/**
	 * One pruning pass; emits how many ids (and conversations' saved answers) were
	 * forgotten.
	 */
	Mono<Long> prune() {
		Instant before = clock.instant().minus(retention);
		return processed.forgetReceivedBefore(before)
			.zipWith(conversations.forgetAnswersBefore(before), Long::sum)
			.doOnNext(forgotten -> log.debug("Forgot {} processed message ids and answers", forgotten))
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
