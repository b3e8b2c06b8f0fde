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

	/** Claims the id; fails with a {@code DataIntegrityViolationException} when it was claimed before. */
	Mono<Void> claim(String provider, String messageId, Instant at) {
		return database.sql("INSERT INTO processed_message (provider, message_id, received_at)"
				+ " VALUES (:provider, :id, :at)")
			.bind("provider", provider)
			.bind("id", messageId)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.then();
	}

	Mono<Void> answer(String provider, String messageId, String response) {
		return database.sql("UPDATE processed_message SET response = :response"
				+ " WHERE provider = :provider AND message_id = :id")
			.bind("response", response)
			.bind("provider", provider)
			.bind("id", messageId)
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

	/** The answer given to the id; empty inside when it was claimed but no answer was recorded. */
	Mono<Optional<String>> previousAnswer(String provider, String messageId) {
		return database.sql("SELECT response FROM processed_message WHERE provider = :provider AND message_id = :id")
			.bind("provider", provider)
			.bind("id", messageId)
			.map(row -> Optional.ofNullable(row.get("response", String.class)))
			.one()
			.defaultIfEmpty(Optional.empty());
	}
}
