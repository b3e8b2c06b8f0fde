package org.nurture.conversation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.nurture.conversation.engine.Session;
import reactor.core.publisher.Mono;

/**
 * Conversation sessions in the database, with Caffeine in front. Every save states the version it read, so two
 * instances (or two quick messages) updating the same session cannot overwrite each other: the loser retries.
 */
final class SessionStore {

	/** A session as read, with the version a save must match; version 0 means none is stored yet. */
	record Stored(Session session, long version) {
	}

	private final DatabaseClient database;

	private final SessionCodec codec;

	private final Cache<UUID, Stored> cache;

	SessionStore(DatabaseClient database, SessionCodec codec, int cacheSize) {
		this.database = database;
		this.codec = codec;
		this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
	}

	Mono<Stored> load(UUID contactId) {
		Stored cached = cache.getIfPresent(contactId);
		if (cached != null) {
			return Mono.just(cached);
		}
		return database.sql("SELECT state, version FROM conversation_session WHERE contact_id = :contact")
			.bind("contact", contactId)
			.map(row -> new Stored(codec.read(row.get("state", String.class)), row.get("version", Long.class)))
			.one();
	}

	/** Saves the session if nobody saved it since it was read; emits false when someone did. */
	Mono<Boolean> save(UUID contactId, Stored read, Session session, Instant now) {
		long version = read == null ? 0 : read.version();
		String state = codec.write(session);
		Mono<Long> written = version == 0
				? database.sql("INSERT INTO conversation_session (contact_id, state, version, updated_at)"
						+ " VALUES (:contact, :state, 1, :now)")
					.bind("contact", contactId)
					.bind("state", state)
					.bind("now", now.atOffset(ZoneOffset.UTC))
					.fetch()
					.rowsUpdated()
					.onErrorResume(DataIntegrityViolationException.class,
							alreadyThere -> Mono.just(0L))
				: database.sql("UPDATE conversation_session SET state = :state, version = :next, updated_at = :now"
						+ " WHERE contact_id = :contact AND version = :version")
					.bind("state", state)
					.bind("next", version + 1)
					.bind("now", now.atOffset(ZoneOffset.UTC))
					.bind("contact", contactId)
					.bind("version", version)
					.fetch()
					.rowsUpdated();
		return written.map(rows -> rows == 1);
	}

	/** Call once the transaction that saved the session has committed. */
	void remember(UUID contactId, Session session, long savedVersion) {
		cache.put(contactId, new Stored(session, savedVersion));
	}

	void forget(UUID contactId) {
		cache.invalidate(contactId);
	}
}
