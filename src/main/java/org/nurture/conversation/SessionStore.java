package org.nurture.conversation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.r2dbc.connection.ConnectionFactoryUtils;
import org.springframework.r2dbc.core.DatabaseClient;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Statement;
import org.nurture.conversation.engine.Session;
import reactor.core.publisher.Mono;

/**
 * Conversation sessions in the database, with Caffeine in front. Every save states the
 * version it read, so two instances (or two quick messages) updating the same session
 * cannot overwrite each other: the loser retries.
 *
 * <p>
 * With the session go the provider ids of the contact's latest messages
 * ({@link MessageIds}) and the answer given to the newest. Saved in the same row, under
 * the same version check, they are what recognises a redelivery: a second delivery of a
 * message either finds its id here or loses the race to save and, reading again, finds it
 * then.
 */
final class SessionStore {

	/**
	 * A session as read, with the version a save must match (0: none is stored yet) and
	 * the ids of the contact's latest messages. The answer to the newest is not kept in
	 * memory: it is only needed for a redelivery.
	 */
	record Stored(Session session, long version, MessageIds messageIds) {

		static Stored first(Session session) {
			return new Stored(session, 0, MessageIds.NONE);
		}
	}

	// Each message saves its session, so these four run on the transaction's connection
	// as the driver's own statements, with positional markers both drivers take ($1...),
	// rather than through DatabaseClient, which would look the connection up and release
	// it again, rewrite the named parameters and wrap every value for each run.

	private static final String INSERT = "INSERT INTO conversation_session (contact_id, state, updated_at, version)"
			+ " VALUES ($1, $2, $3, 1)";

	private static final String INSERT_WITH_IDS = "INSERT INTO conversation_session"
			+ " (contact_id, state, updated_at, message_ids, answer, version) VALUES ($1, $2, $3, $4, $5, 1)";

	private static final String UPDATE = "UPDATE conversation_session SET state = $2, updated_at = $3,"
			+ " version = $4 WHERE contact_id = $1 AND version = $5";

	private static final String UPDATE_WITH_IDS = "UPDATE conversation_session SET state = $2, updated_at = $3,"
			+ " message_ids = $4, answer = $5, version = $6 WHERE contact_id = $1 AND version = $7";

	private final DatabaseClient database;

	private final SessionCodec codec;

	private final Cache<UUID, Stored> cache;

	SessionStore(DatabaseClient database, SessionCodec codec, int cacheSize) {
		this.database = database;
		this.codec = codec;
		// Every message puts its session here. Caffeine's upkeep (order of use,
		// evictions) then runs in the caller's thread, a little at a time, instead of
		// waking a thread of the common pool for it again and again.
		this.cache = Caffeine.newBuilder().maximumSize(cacheSize).executor(Runnable::run).build();
	}

	Mono<Stored> load(UUID contactId) {
		Stored cached = cache.getIfPresent(contactId);
		if (cached != null) {
			return Mono.just(cached);
		}
		return database.sql("SELECT state, version, message_ids FROM conversation_session WHERE contact_id = :contact")
			.bind("contact", contactId)
			.map(row -> new Stored(codec.read(row.get("state", String.class)), row.get("version", Long.class),
					MessageIds.parse(row.get("message_ids", String.class))))
			.one();
	}

	/**
	 * The answer saved with the contact's newest message, if {@code messageId} is still
	 * that message's id; empty inside when it is not, or no answer was saved with it.
	 */
	Mono<Optional<String>> answerTo(UUID contactId, String messageId) {
		return database.sql("SELECT message_ids, answer FROM conversation_session WHERE contact_id = :contact")
			.bind("contact", contactId)
			.map(row -> MessageIds.parse(row.get("message_ids", String.class)).isNewest(messageId)
					? Optional.ofNullable(row.get("answer", String.class)) : Optional.<String>empty())
			.one()
			.defaultIfEmpty(Optional.empty());
	}

	/**
	 * The write that saves the session if nobody saved it since it was read, to run on a
	 * connection in the transaction of the message's other writes; it emits false when
	 * someone did save it meanwhile. With {@code messageIds}, the ids of the contact's
	 * latest messages and the answer to the newest (null: none) are saved with it;
	 * without, those saved before stay as they are. The session is written as JSON here,
	 * in the caller's thread.
	 */
	Function<Connection, Mono<Boolean>> save(UUID contactId, Stored read, Session session, MessageIds messageIds,
			String answer, Instant now) {
		boolean first = read.version() == 0;
		String state = codec.write(session);
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		String sql = messageIds == null ? (first ? INSERT : UPDATE) : (first ? INSERT_WITH_IDS : UPDATE_WITH_IDS);
		return connection -> {
			Statement statement = connection.createStatement(sql).bind(0, contactId).bind(1, state).bind(2, at);
			int next = 3;
			if (messageIds != null) {
				statement.bind(next++, messageIds.toString());
				if (answer == null) {
					statement.bindNull(next++, String.class);
				}
				else {
					statement.bind(next++, answer);
				}
			}
			if (!first) {
				statement.bind(next++, read.version() + 1).bind(next, read.version());
			}
			Mono<Long> written = Mono.from(statement.execute()).flatMap(result -> Mono.from(result.getRowsUpdated()));
			if (first) {
				written = written.onErrorResume(R2dbcDataIntegrityViolationException.class,
						alreadyThere -> Mono.just(0L));
			}
			return written.map(rows -> rows == 1)
				.onErrorMap(R2dbcException.class,
						failed -> ConnectionFactoryUtils.convertR2dbcException("save a session", sql, failed));
		};
	}

	/**
	 * Forgets the message ids and answers saved with sessions before the given time: no
	 * redelivery comes that late, and an answer can quote what the parent said. Emits how
	 * many sessions had some.
	 */
	Mono<Long> forgetMessagesSavedBefore(Instant before) {
		return database
			.sql("UPDATE conversation_session SET message_ids = NULL, answer = NULL"
					+ " WHERE updated_at < :before AND (message_ids IS NOT NULL OR answer IS NOT NULL)")
			.bind("before", before.atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated();
	}

	/** Call once the transaction that saved the session has committed. */
	void remember(UUID contactId, Stored saved) {
		cache.put(contactId, saved);
	}

	void forget(UUID contactId) {
		cache.invalidate(contactId);
	}

}
