package org.nurture.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

/**
 * A provider's rate per sender, held across instances: each instance reserves a block of
 * send slots in the database (row {@code send_pace}, under its lock), one slot every
 * {@code 1/rate} seconds after the last one reserved by anyone, and sends each message at
 * its slot. The slots are spaced a little wider than the rate ({@link #MARGIN}), so that
 * a send that leaves a few milliseconds late never brings two within one interval at the
 * provider.
 */
final class SendPace {

	/**
	 * The share of the rate slots are spaced at: 96%, which leaves 4% of every second for
	 * a send that reaches the provider a little late (some 40 ms at any rate).
	 */
	static final double MARGIN = 0.96;

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	SendPace(DatabaseClient database, TransactionalOperator transactions) {
		this.database = database;
		this.transactions = transactions;
	}

	/** The time between two slots at this rate. */
	static Duration interval(double perSecond) {
		return Duration.ofNanos(Math.round(1_000_000_000 / (perSecond * MARGIN)));
	}

	/**
	 * Reserves {@code count} consecutive slots of the sender, and emits the first: slot
	 * {@code i} is {@code first + i * interval(perSecond)}. Slots reserved more than
	 * {@code horizon} ahead cannot be any instance's (none holds more than it can send
	 * within its lease): they come from a clock that ran ahead, and are given up.
	 */
	Mono<Instant> reserve(String sender, int count, double perSecond, Instant now, Duration horizon) {
		Duration interval = interval(perSecond);
		Mono<Instant> reserved = database.sql("SELECT next_slot FROM send_pace WHERE sender = :sender FOR UPDATE")
			.bind("sender", sender)
			.map(row -> row.get("next_slot", OffsetDateTime.class).toInstant())
			.one()
			.flatMap(next -> {
				Instant first = next.isAfter(now) && next.isBefore(now.plus(horizon)) ? next : now;
				return database.sql("UPDATE send_pace SET next_slot = :next WHERE sender = :sender")
					.bind("next", Subscriptions.utc(first.plus(interval.multipliedBy(count))))
					.bind("sender", sender)
					.fetch()
					.rowsUpdated()
					.thenReturn(first);
			});
		return known(sender, now).then(transactions.transactional(reserved));
	}

	/** Adds the sender's row the first time; another instance may add it at once. */
	private Mono<Void> known(String sender, Instant now) {
		return database
			.sql("INSERT INTO send_pace (sender, next_slot) SELECT :sender, :now WHERE NOT EXISTS"
					+ " (SELECT 1 FROM send_pace WHERE sender = :sender)")
			.bind("sender", sender)
			.bind("now", Subscriptions.utc(now))
			.fetch()
			.rowsUpdated()
			.onErrorResume(DataIntegrityViolationException.class, addedMeanwhile -> Mono.just(0L))
			.then();
	}

}
