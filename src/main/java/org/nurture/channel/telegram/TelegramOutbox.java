package org.nurture.channel.telegram;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.r2dbc.spi.Readable;
import org.nurture.conversation.Reply;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replies to Telegram updates, in the database ({@code telegram_outbox}). A row is
 * written in the transaction that records its update, then claimed ({@code SENDING},
 * committed) before it is handed to the Bot API, and finished as {@code SENT},
 * {@code FAILED} or {@code UNKNOWN}. Every claim is a guarded update, so two instances
 * (or the receiving instance and a sweep) never both send a row; and a row is claimed
 * only when no earlier row of its chat is waiting or in flight, so a parent's replies go
 * out one at a time, in the order they were recorded. A row claimed and never finished
 * (its instance stopped mid-send) may have been sent: after the lease it is recorded
 * {@code UNKNOWN}, never sent again.
 */
final class TelegramOutbox {

	/** What became of a row, or where it stands. */
	enum Status {

		PENDING, SENDING, SENT, FAILED, UNKNOWN

	}

	/** No earlier row of the chat is waiting or being sent. */
	private static final String FIRST_IN_CHAT = " NOT EXISTS (SELECT 1 FROM telegram_outbox earlier"
			+ " WHERE earlier.chat_id = %s AND earlier.id < %s AND earlier.status IN ('PENDING', 'SENDING'))";

	private static final String CLAIM = "UPDATE telegram_outbox SET status = 'SENDING', claimed_at = :now,"
			+ " updated_at = :now WHERE id = :id AND status = 'PENDING' AND" + FIRST_IN_CHAT.formatted(":chat", ":id");

	private static final String LEFT_WAITING = "SELECT waiting.id, waiting.chat_id, waiting.replies"
			+ " FROM telegram_outbox waiting WHERE waiting.status = 'PENDING' AND waiting.created_at < :before AND"
			+ FIRST_IN_CHAT.formatted("waiting.chat_id", "waiting.id")
			+ " ORDER BY waiting.id LIMIT :limit FOR UPDATE SKIP LOCKED";

	private static final int MAX_DETAIL = 200;

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final ObjectWriter writer;

	private final ObjectReader reader;

	TelegramOutbox(DatabaseClient database, TransactionalOperator transactions, JsonMapper json) {
		this.database = database;
		this.transactions = transactions;
		this.writer = json.writerFor(new TypeReference<List<Part>>() {
		});
		this.reader = json.readerFor(new TypeReference<List<Part>>() {
		});
	}

	/**
	 * Writes the replies to the chat as a waiting row, in the caller's transaction when
	 * there is one; emits the row.
	 */
	Mono<Row> record(String chatId, List<Reply> replies, Instant now) {
		List<Part> parts = replies.stream().map(reply -> new Part(reply.text(), reply.choices())).toList();
		return database
			.sql("INSERT INTO telegram_outbox (chat_id, replies, status, created_at, updated_at)"
					+ " VALUES (:chat, :replies, 'PENDING', :now, :now)")
			.bind("chat", chatId)
			.bind("replies", writer.writeValueAsString(parts))
			.bind("now", utc(now))
			.filter(statement -> statement.returnGeneratedValues("id"))
			.map(row -> row.get(0, Long.class))
			.one()
			.map(id -> new Row(id, chatId, replies));
	}

	/**
	 * Claims the row for sending if it is waiting and first in its chat; emits whether it
	 * was.
	 */
	Mono<Boolean> claim(Row row, Instant now) {
		return database.sql(CLAIM)
			.bind("now", utc(now))
			.bind("id", row.id())
			.bind("chat", row.chatId())
			.fetch()
			.rowsUpdated()
			.map(claimed -> claimed > 0);
	}

	/** The chat's oldest waiting row, if any (not claimed: see {@link #claim}). */
	Mono<Row> nextInChat(String chatId) {
		return database
			.sql("SELECT id, chat_id, replies FROM telegram_outbox WHERE chat_id = :chat AND status = 'PENDING'"
					+ " ORDER BY id LIMIT 1")
			.bind("chat", chatId)
			.map(this::row)
			.one();
	}

	/**
	 * Claims up to {@code limit} rows left waiting since before {@code before}, at most
	 * one a chat (its oldest), in a transaction of their own; rows another instance is
	 * claiming are skipped, not waited for.
	 */
	Flux<Row> claimLeftWaiting(Instant before, Instant now, int limit) {
		Mono<List<Row>> claimed = database.sql(LEFT_WAITING)
			.bind("before", utc(before))
			.bind("limit", limit)
			.map(this::row)
			.all()
			.collectList()
			.flatMap(rows -> rows.isEmpty() ? Mono.just(rows)
					: database
						.sql("UPDATE telegram_outbox SET status = 'SENDING', claimed_at = :now, updated_at = :now"
								+ " WHERE id IN (:ids)")
						.bind("now", utc(now))
						.bind("ids", rows.stream().map(Row::id).toList())
						.fetch()
						.rowsUpdated()
						.thenReturn(rows));
		return transactions.transactional(claimed).flatMapMany(Flux::fromIterable);
	}

	/** Records what became of a row this instance was sending. */
	Mono<Void> finish(Row row, Status status, String detail, Instant now) {
		DatabaseClient.GenericExecuteSpec update = database
			.sql("UPDATE telegram_outbox SET status = :status, detail = :detail, updated_at = :now"
					+ " WHERE id = :id AND status = 'SENDING'")
			.bind("status", status.name())
			.bind("now", utc(now))
			.bind("id", row.id());
		update = detail == null ? update.bindNull("detail", String.class)
				: update.bind("detail", detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
		return update.fetch().rowsUpdated().then();
	}

	/**
	 * Puts a row this instance claimed, and never handed to the Bot API, back to waiting
	 * (at shutdown).
	 */
	Mono<Void> release(Row row, Instant now) {
		return database
			.sql("UPDATE telegram_outbox SET status = 'PENDING', claimed_at = NULL, updated_at = :now"
					+ " WHERE id = :id AND status = 'SENDING'")
			.bind("now", utc(now))
			.bind("id", row.id())
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Rows claimed longer ago than {@code lease} and still sending: their instance
	 * stopped mid-send, so they may have been sent. Recorded as {@code UNKNOWN}, never
	 * sent again; emits how many.
	 */
	Mono<Long> settleAbandoned(Instant now, Duration lease) {
		return database
			.sql("UPDATE telegram_outbox SET status = 'UNKNOWN', detail = :detail, updated_at = :now"
					+ " WHERE status = 'SENDING' AND claimed_at < :cutoff")
			.bind("detail", "its sender stopped while sending; it may have been sent")
			.bind("now", utc(now))
			.bind("cutoff", utc(now.minus(lease)))
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Forgets the rows written before the given time, except those being sent: emits how
	 * many of them had been sent, failed or been left unknown, and how many were still
	 * waiting (never sent: the channel was off, say).
	 */
	Mono<Forgotten> forgetBefore(Instant before) {
		Mono<Long> waiting = database
			.sql("DELETE FROM telegram_outbox WHERE created_at < :before AND status = 'PENDING'")
			.bind("before", utc(before))
			.fetch()
			.rowsUpdated();
		Mono<Long> finished = database
			.sql("DELETE FROM telegram_outbox WHERE created_at < :before AND status IN ('SENT', 'FAILED', 'UNKNOWN')")
			.bind("before", utc(before))
			.fetch()
			.rowsUpdated();
		return finished.zipWith(waiting, Forgotten::new);
	}

	private Row row(Readable row) {
		List<Part> parts = reader.readValue(row.get("replies", String.class));
		return new Row(row.get("id", Long.class), row.get("chat_id", String.class),
				parts.stream().map(part -> new Reply(part.text(), part.choices())).toList());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A row: the replies to one update, for one chat. */
	record Row(long id, String chatId, List<Reply> replies) {
	}

	/** What pruning forgot. */
	record Forgotten(long finished, long neverSent) {
	}

	/**
	 * One reply as stored: its text and the choices shown as buttons under it. Nurture's
	 * own shape, so that a stored row can still be read if {@link Reply} changes.
	 */
	record Part(String text, List<String> choices) {

		Part {
			choices = choices == null ? List.of() : List.copyOf(choices);
		}

	}

}
