package org.nurture.channel.sms;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * Provider message ids already handled, with the answer given. The primary key (provider, message id) is what makes
 * a redelivery harmless across instances and restarts: a second claim of the same id fails in the database.
 */
final class ProcessedMessages {

	static final String TWILIO = "TWILIO";

	private final DatabaseClient database;

	ProcessedMessages(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Records the id with the answer given to it; fails with a {@code DataIntegrityViolationException} when the id was
	 * recorded before (or is being recorded by a concurrent delivery, once that one commits).
	 */
	Mono<Void> record(String provider, String messageId, Instant at, String response) {
		return database.sql("INSERT INTO processed_message (provider, message_id, received_at, response)"
				+ " VALUES (:provider, :id, :at, :response)")
			.bind("provider", provider)
			.bind("id", messageId)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("response", response)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/** Forgets ids received before the given time; emits how many. */
	Mono<Long> forgetReceivedBefore(Instant before) {
		return database.sql("DELETE FROM processed_message WHERE received_at < :before")
			.bind("before", before.atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated();
	}

	/** The answer given to the id; empty inside when none was recorded with it. */
	Mono<Optional<String>> previousAnswer(String provider, String messageId) {
		return database.sql("SELECT response FROM processed_message WHERE provider = :provider AND message_id = :id")
			.bind("provider", provider)
			.bind("id", messageId)
			.map(row -> Optional.ofNullable(row.get("response", String.class)))
			.one()
			.defaultIfEmpty(Optional.empty());
	}
}
