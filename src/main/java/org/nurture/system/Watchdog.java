package org.nurture.system;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Gives up a transaction that runs too long, so that one stuck statement cannot hold up
 * every message's writes. The watchdog checks the deadline periodically: a timer of its
 * own for each transaction would cost a hand-over to the timer thread and a wake-up of it
 * every time.
 */
final class Watchdog {

	/**
	 * How often the watchdog looks for an overdue transaction, at most (a tenth of the
	 * timeout when that is less).
	 */
	private static final Duration PERIOD = Duration.ofSeconds(1);

	private final Duration timeout;

	/**
	 * When the transaction being written is given up: there is one at a time, so one
	 * deadline.
	 */
	private final AtomicReference<Deadline> deadline = new AtomicReference<>();

	private final Disposable checks;

	/**
	 * @param timeout how long a transaction may take before it is given up
	 */
	Watchdog(Duration timeout) {
		this.timeout = timeout;
		long every = Math.max(1, Math.min(PERIOD.toMillis(), timeout.toMillis() / 10));
		this.checks = Schedulers.parallel()
			.schedulePeriodically(this::giveUpOverdue, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Emits once the transaction it is subscribed for has run longer than the timeout, as
	 * the watchdog finds.
	 */
	Mono<Boolean> overdue() {
		return Mono.defer(() -> {
			Deadline next = new Deadline(System.nanoTime() + timeout.toNanos(), Sinks.one());
			deadline.set(next);
			return next.passed().asMono();
		});
	}

	/**
	 * The watchdog's check. A deadline whose transaction has ended meanwhile fires into
	 * nothing.
	 */
	private void giveUpOverdue() {
		Deadline current = deadline.get();
		if (current != null && System.nanoTime() - current.at() >= 0 && deadline.compareAndSet(current, null)) {
			current.passed().tryEmitValue(Boolean.TRUE);
		}
	}

	/** Stops the checks, once no more transactions are written. */
	void dispose() {
		checks.dispose();
	}

	/**
	 * When a transaction is given up ({@link System#nanoTime()}), and what tells it so.
	 */
	private record Deadline(long at, Sinks.One<Boolean> passed) {
	}

}
