package org.nurture.channel.telegram;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * Telegram updates already handled, in the table the SMS channel keeps Twilio's message ids in. The primary key
 * (provider, id) makes a redelivered {@code update_id} harmless across instances and restarts: a second claim fails
 * in the database. Update ids count per bot, so the bot's id is part of the key.
 */
final class ProcessedUpdates {

	static final String PROVIDER = "TELEGRAM";

	private final DatabaseClient database;

	private final String botId;

	ProcessedUpdates(DatabaseClient database, String botId) {
		this.database = database;
		this.botId = botId;
	}

	/** Claims the update; fails with a {@code DataIntegrityViolationException} when it was claimed before. */
	Mono<Void> claim(int updateId, Instant at) {
		return database.sql("INSERT INTO processed_message (provider, message_id, received_at)"
				+ " VALUES (:provider, :id, :at)")
			.bind("provider", PROVIDER)
			.bind("id", botId + ":" + updateId)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.then();
	}
}
