package org.nurture.subscription;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

import reactor.core.publisher.Mono;

/**
 * Runs a round of daily tips every {@code nurture.tips.poll-interval}, on every instance:
 * the database decides which instance plans and sends what. A failed round is logged and
 * the next one starts on time.
 */
class TipScheduler {

	private static final Logger log = LoggerFactory.getLogger(TipScheduler.class);

	private final TipDispatcher dispatcher;

	TipScheduler(TipDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${nurture.tips.poll-interval:10s}",
			initialDelayString = "${nurture.tips.poll-interval:10s}")
	Mono<Void> round() {
		// Spring subscribes to this one Mono again for every round: all of it is
		// deferred, so each round reads the clock anew.
		return Mono.defer(dispatcher::round)
			.doOnNext(sent -> log.debug("Tip round: {} sent", sent))
			.onErrorResume(failure -> {
				log.error("A round of daily tips failed; the next one will try again", failure);
				return Mono.empty();
			})
			.then();
	}

}
