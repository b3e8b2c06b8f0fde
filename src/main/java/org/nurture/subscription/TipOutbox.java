package org.nurture.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import org.nurture.contact.Channel;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The delivery outbox in the database. Due subscriptions and waiting deliveries are
 * claimed in batches with {@code FOR UPDATE SKIP LOCKED}, so instances sharing the
 * database each take different rows and none waits for another; the unique key on
 * (subscription, local date) makes a second tip for the same day impossible whatever
 * happens. A delivery is marked {@link DeliveryStatus#SENDING} and committed before it is
 * handed to the provider, so one whose instance dies mid-send is found later and recorded
 * as {@link DeliveryStatus#UNKNOWN}, never sent again.
 */
final class TipOutbox {

	/** What planning reads of a due subscription. */
	private static final String DUE_COLUMNS = "SELECT id, status, birth_date, due_date, time_zone, send_time, cadence,"
			+ " language, paused_until, end_reason, next_due_at, band, band_position FROM subscription";

	private static final String DUE = DUE_COLUMNS
			+ " WHERE next_due_at <= :now AND status = 'ACTIVE' ORDER BY next_due_at LIMIT :limit"
			+ " FOR UPDATE SKIP LOCKED";

	// A batch's plans take two statements, in the positional markers both drivers take:
	// one INSERT of many rows (on PostgreSQL, also saying which rows were new), and one
	// UPDATE of many (on H2, one UPDATE bound many times: H2 has no UPDATE ... FROM).

	private static final String INSERT = "INSERT INTO tip_delivery"
			+ " (id, subscription_id, local_date, due_at, tip_id, status, detail, updated_at) VALUES";

	private static final String ADVANCE = "UPDATE subscription SET next_due_at = $1, band = $2, band_position = $3,"
			+ " status = $4, end_reason = $5, updated_at = $6 WHERE id = $7";

	// PostgreSQL: the whole batch in one statement (H2 has no UPDATE ... FROM).

	private static final String ADVANCE_ALL = "UPDATE subscription AS s SET next_due_at = v.next_due_at,"
			+ " band = v.band, band_position = v.band_position, status = v.status, end_reason = v.end_reason,"
			+ " updated_at = v.updated_at FROM (VALUES";

	private static final String ADVANCE_ALL_TYPES = "uuid,timestamptz,varchar,int,varchar,varchar,timestamptz";

	private static final String ADVANCE_ALL_WHERE = ") AS v (id, next_due_at, band, band_position, status,"
			+ " end_reason, updated_at) WHERE s.id = v.id";

	private static final String WAITING = "SELECT id FROM tip_delivery WHERE status = 'PENDING' AND due_at <= :now"
			+ " ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED";

	// H2 locks every row a FOR UPDATE query matches before it applies the LIMIT (170 ms
	// for a batch among 100,000 due rows), so there the rows are found first and then
	// locked by id. The embedded database has one instance: nobody else takes them.

	private static final String DUE_IDS = "SELECT id FROM subscription WHERE next_due_at <= :now AND status = 'ACTIVE'"
			+ " ORDER BY next_due_at LIMIT :limit";

	private static final String DUE_BY_ID = DUE_COLUMNS
			+ " WHERE id IN (:ids) AND next_due_at <= :now AND status = 'ACTIVE' FOR UPDATE SKIP LOCKED";

	// Ordered as the index (status, due_at) is, so that H2 reads it in order rather than
	// sorting every waiting row.
	private static final String WAITING_IDS = "SELECT id FROM tip_delivery WHERE status = 'PENDING'"
			+ " AND due_at <= :now ORDER BY status, due_at LIMIT :limit";

	private static final String WAITING_BY_ID = "SELECT id FROM tip_delivery WHERE id IN (:ids)"
			+ " AND status = 'PENDING' FOR UPDATE SKIP LOCKED";

	private static final String CLAIMED = "SELECT d.id, d.tip_id, d.due_at, d.local_date, s.id AS subscription_id,"
			+ " s.status, s.end_reason, s.time_zone, s.language, s.paused_until, c.channel, c.address, c.opted_out"
			+ " FROM tip_delivery d JOIN subscription s ON s.id = d.subscription_id"
			+ " JOIN contact c ON c.id = s.contact_id WHERE d.id IN (:ids)";

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final TipPlanner planner;

	/** Whether to find rows first and lock them by id ({@link #DUE_IDS}): on H2. */
	private final boolean lockById;

	TipOutbox(DatabaseClient database, TransactionalOperator transactions, TipPlanner planner, boolean lockById) {
		this.database = database;
		this.transactions = transactions;
		this.planner = planner;
		this.lockById = lockById;
	}

	/**
	 * The ids of up to {@code limit} rows due, locked for this transaction: with one
	 * statement, or on H2 found first and then locked.
	 */
	private Mono<List<UUID>> lockedIds(String query, String candidates, String byId, Instant now, int limit) {
		if (!lockById) {
			return ids(database.sql(query).bind("now", Subscriptions.utc(now)).bind("limit", limit));
		}
		return ids(database.sql(candidates).bind("now", Subscriptions.utc(now)).bind("limit", limit))
			.flatMap(found -> found.isEmpty() ? Mono.just(found) : ids(database.sql(byId).bind("ids", found)));
	}

	private static Mono<List<UUID>> ids(DatabaseClient.GenericExecuteSpec query) {
		return query.map(row -> row.get("id", UUID.class)).all().collectList();
	}

	/**
	 * Plans the tips of up to {@code limit} due subscriptions in one transaction: a
	 * delivery row each (waiting, or skipped and why) and when the next one is due. Emits
	 * how many subscriptions were planned; fewer than {@code limit} means none is left
	 * due.
	 */
	Mono<Integer> planDue(Instant now, int limit) {
		Mono<Integer> planned = (lockById
				? database.sql(DUE_IDS)
					.bind("now", Subscriptions.utc(now))
					.bind("limit", limit)
					.map(row -> row.get("id", UUID.class))
					.all()
					.collectList()
					.flatMapMany(ids -> ids.isEmpty() ? Flux.empty()
							: database.sql(DUE_BY_ID)
								.bind("ids", ids)
								.bind("now", Subscriptions.utc(now))
								.map(TipOutbox::due)
								.all())
				: database.sql(DUE).bind("now", Subscriptions.utc(now)).bind("limit", limit).map(TipOutbox::due).all())
			.collectList()
			.flatMap(due -> due.isEmpty() ? Mono.just(0) : writeAll(due, now).thenReturn(due.size()));
		return transactions.transactional(planned);
	}

	/**
	 * Writes the plans of the claimed subscriptions with two statements: the deliveries,
	 * then the subscriptions' next due time and plan position. A subscription that
	 * already has a delivery for the date (its time was moved later the same day) gets no
	 * second one, and keeps its position.
	 */
	private Mono<Void> writeAll(List<Due> due, Instant now) {
		List<TipPlanner.Planned> plans = due.stream()
			.map(one -> planner.plan(one.subscription(), one.dueAt(), one.band(), one.position(), now))
			.toList();
		if (!lockById) {
			// PostgreSQL says which rows it inserted; the others were there already.
			return database.inConnection(connection -> {
				Statement insert = connection.createStatement(rows(INSERT, due.size(), 8, "")
						+ " ON CONFLICT (subscription_id, local_date) DO NOTHING RETURNING subscription_id");
				for (int i = 0; i < due.size(); i++) {
					bindDelivery(insert, i * 8, due.get(i), plans.get(i), now);
				}
				return Flux.from(insert.execute())
					.concatMap(result -> result.map((row, meta) -> row.get("subscription_id", UUID.class)))
					.collect(Collectors.toSet())
					.flatMap(inserted -> {
						Statement update = connection
							.createStatement(rows(ADVANCE_ALL, due.size(), 7, ADVANCE_ALL_TYPES) + ADVANCE_ALL_WHERE);
						for (int i = 0; i < due.size(); i++) {
							update.bind(i * 7, due.get(i).id());
							bindAdvance(update, i * 7 + 1, due.get(i), plans.get(i), inserted.contains(due.get(i).id()),
									now);
						}
						return Flux.from(update.execute()).concatMap(Result::getRowsUpdated).then();
					});
			});
		}
		return database
			.sql("SELECT subscription_id, local_date FROM tip_delivery WHERE subscription_id IN (:ids)"
					+ " AND local_date >= :earliest")
			.bind("ids", due.stream().map(Due::id).toList())
			.bind("earliest", plans.stream().map(TipPlanner.Planned::date).min(LocalDate::compareTo).orElseThrow())
			.map(row -> row.get("subscription_id", UUID.class) + " " + row.get("local_date", LocalDate.class))
			.all()
			.collect(Collectors.toSet())
			.flatMap(planned -> database.inConnection(connection -> {
				List<Integer> fresh = new ArrayList<>();
				for (int i = 0; i < due.size(); i++) {
					if (!planned.contains(due.get(i).id() + " " + plans.get(i).date())) {
						fresh.add(i);
					}
				}
				Statement insert = connection.createStatement(rows(INSERT, fresh.size(), 8, ""));
				for (int row = 0; row < fresh.size(); row++) {
					bindDelivery(insert, row * 8, due.get(fresh.get(row)), plans.get(fresh.get(row)), now);
				}
				Statement update = connection.createStatement(ADVANCE);
				for (int i = 0; i < due.size(); i++) {
					if (i > 0) {
						update.add();
					}
					bindAdvance(update, 0, due.get(i), plans.get(i), fresh.contains(i), now);
					update.bind(6, due.get(i).id());
				}
				Mono<Void> inserted = fresh.isEmpty() ? Mono.empty()
						: Flux.from(insert.execute()).concatMap(Result::getRowsUpdated).then();
				return inserted.then(Flux.from(update.execute()).concatMap(Result::getRowsUpdated).then());
			}));
	}

	/**
	 * The statement with {@code count} rows of {@code columns} positional markers each,
	 * numbered on from 1, each marker followed by its cast in {@code types} (by column,
	 * separated by commas; none when empty).
	 */
	private static String rows(String statement, int count, int columns, String types) {
		String[] casts = types.isEmpty() ? new String[columns] : types.split(",");
		StringBuilder sql = new StringBuilder(statement);
		for (int row = 0; row < count; row++) {
			sql.append(row == 0 ? " (" : ", (");
			for (int column = 0; column < columns; column++) {
				sql.append(column == 0 ? "$" : ", $").append(row * columns + column + 1);
				if (casts[column] != null) {
					sql.append("::").append(casts[column]);
				}
			}
			sql.append(')');
		}
		return sql.toString();
	}

	private static void bindDelivery(Statement insert, int at, Due due, TipPlanner.Planned plan, Instant now) {
		insert.bind(at, UUID.randomUUID())
			.bind(at + 1, due.id())
			.bind(at + 2, plan.date())
			.bind(at + 3, Subscriptions.utc(plan.dueAt()))
			.bind(at + 5, plan.status().name())
			.bind(at + 7, Subscriptions.utc(now));
		bindNullable(insert, at + 4, plan.tipId(), String.class);
		bindNullable(insert, at + 6, plan.detail(), String.class);
	}

	/**
	 * Binds the next due time, band, position, status, end reason and update time of a
	 * planned subscription, from {@code at} on.
	 */
	private static void bindAdvance(Statement update, int at, Due due, TipPlanner.Planned plan, boolean fresh,
			Instant now) {
		boolean over = plan.nextDue() == null;
		update.bind(at + 2, fresh ? plan.position() : due.position())
			.bind(at + 3, over ? Subscription.Status.ENDED.name() : Subscription.Status.ACTIVE.name())
			.bind(at + 5, Subscriptions.utc(now));
		bindNullable(update, at, over ? null : Subscriptions.utc(plan.nextDue()), OffsetDateTime.class);
		bindNullable(update, at + 1, fresh ? plan.band() : due.band(), String.class);
		bindNullable(update, at + 4, over ? Subscription.EndReason.COMPLETED.name() : null, String.class);
	}

	private static <T> void bindNullable(Statement statement, int index, T value, Class<T> type) {
		if (value == null) {
			statement.bindNull(index, type);
		}
		else {
			statement.bind(index, value);
		}
	}

	/**
	 * Claims up to {@code limit} waiting deliveries that are due, marking them
	 * {@link DeliveryStatus#SENDING} in a transaction of their own, and emits them with
	 * what sending needs.
	 */
	Flux<Claimed> claim(Instant now, int limit) {
		Mono<List<UUID>> claimed = lockedIds(WAITING, WAITING_IDS, WAITING_BY_ID, now, limit)
			.flatMap(ids -> ids.isEmpty() ? Mono.just(ids)
					: database
						.sql("UPDATE tip_delivery SET status = 'SENDING', claimed_at = :now, updated_at = :now"
								+ " WHERE id IN (:ids)")
						.bind("now", Subscriptions.utc(now))
						.bind("ids", ids)
						.fetch()
						.rowsUpdated()
						.thenReturn(ids));
		return transactions.transactional(claimed)
			.flatMapMany(ids -> ids.isEmpty() ? Flux.empty()
					: database.sql(CLAIMED).bind("ids", ids).map(TipOutbox::claimed).all());
	}

	/**
	 * Records what became of a few deliveries this instance was sending, in one
	 * transaction, and ends the subscriptions the provider will not deliver to any more.
	 */
	Mono<Void> recordAll(List<TipDispatcher.Sent> sent) {
		Flux<Void> writes = Flux.fromIterable(sent)
			.concatMap(one -> (one.ends() == null ? Mono.<Void>empty()
					: end(one.tip().subscription(), one.ends(), one.at()))
				.then(record(one.tip().id(), one.status(), one.result(), one.at())));
		return transactions.transactional(writes).then();
	}

	/** Records what became of a delivery this instance was sending. */
	Mono<Void> record(UUID delivery, DeliveryStatus status, TipSender.Result result, Instant now) {
		DatabaseClient.GenericExecuteSpec update = database
			.sql("UPDATE tip_delivery SET status = :status,"
					+ " provider_message_id = :sid, error_code = :code, detail = :detail, sent_at = :sent,"
					+ " updated_at = :now WHERE id = :id AND status = 'SENDING'")
			.bind("status", status.name())
			.bind("now", Subscriptions.utc(now))
			.bind("id", delivery);
		String sid = result == null ? null : result.providerMessageId();
		Integer code = result == null ? null : result.errorCode();
		String detail = result == null ? null : result.detail();
		update = sid == null ? update.bindNull("sid", String.class) : update.bind("sid", sid);
		update = code == null ? update.bindNull("code", Integer.class) : update.bind("code", code);
		update = detail == null ? update.bindNull("detail", String.class)
				: update.bind("detail", detail.length() > 200 ? detail.substring(0, 200) : detail);
		update = status == DeliveryStatus.SENT ? update.bind("sent", Subscriptions.utc(now))
				: update.bindNull("sent", OffsetDateTime.class);
		return update.fetch().rowsUpdated().then();
	}

	/**
	 * Ends a subscription the provider will not deliver to any more, and cancels its
	 * waiting tips.
	 */
	Mono<Void> end(UUID subscription, Subscription.EndReason reason, Instant now) {
		return database
			.sql("UPDATE subscription SET status = 'ENDED', end_reason = :reason, next_due_at = NULL,"
					+ " updated_at = :now WHERE id = :id AND status = 'ACTIVE'")
			.bind("reason", reason.name())
			.bind("now", Subscriptions.utc(now))
			.bind("id", subscription)
			.fetch()
			.rowsUpdated()
			.then(database
				.sql("UPDATE tip_delivery SET status = 'CANCELLED', updated_at = :now"
						+ " WHERE subscription_id = :id AND status = 'PENDING'")
				.bind("now", Subscriptions.utc(now))
				.bind("id", subscription)
				.fetch()
				.rowsUpdated())
			.then();
	}

	/**
	 * Deliveries claimed longer ago than {@code lease} and still sending: their instance
	 * stopped mid-send, so they may have been sent. Recorded as
	 * {@link DeliveryStatus#UNKNOWN}, never sent again; emits how many.
	 */
	Mono<Long> settleAbandoned(Instant now, Duration lease) {
		return database
			.sql("UPDATE tip_delivery SET status = 'UNKNOWN', detail = :detail, updated_at = :now"
					+ " WHERE status = 'SENDING' AND claimed_at < :cutoff")
			.bind("detail", "its sender stopped while sending; it may have been sent")
			.bind("now", Subscriptions.utc(now))
			.bind("cutoff", Subscriptions.utc(now.minus(lease)))
			.fetch()
			.rowsUpdated();
	}

	/** How many deliveries wait to be sent. */
	Mono<Long> backlog() {
		return database.sql("SELECT COUNT(*) AS waiting FROM tip_delivery WHERE status = 'PENDING'")
			.map(row -> row.get("waiting", Long.class))
			.one();
	}

	private static Due due(Readable row) {
		return new Due(row.get("id", UUID.class), Subscriptions.subscription(row),
				row.get("next_due_at", OffsetDateTime.class).toInstant(), row.get("band", String.class),
				row.get("band_position", Integer.class));
	}

	private static Claimed claimed(Readable row) {
		return new Claimed(row.get("id", UUID.class), row.get("tip_id", String.class),
				row.get("due_at", OffsetDateTime.class).toInstant(), row.get("local_date", LocalDate.class),
				row.get("subscription_id", UUID.class), Subscription.Status.valueOf(row.get("status", String.class)),
				endReason(row.get("end_reason", String.class)), ZoneId.of(row.get("time_zone", String.class)),
				row.get("language", String.class), row.get("paused_until", LocalDate.class),
				Channel.valueOf(row.get("channel", String.class)), row.get("address", String.class),
				Boolean.TRUE.equals(row.get("opted_out", Boolean.class)));
	}

	private static Subscription.EndReason endReason(String reason) {
		return reason == null ? null : Subscription.EndReason.valueOf(reason);
	}

	/** A due subscription as claimed. */
	record Due(UUID id, Subscription subscription, Instant dueAt, String band, int position) {
	}

	/** A delivery claimed for sending, with what sending needs. */
	record Claimed(UUID id, String tipId, Instant dueAt, LocalDate date, UUID subscription,
			Subscription.Status subscriptionStatus, Subscription.EndReason endReason, ZoneId zone, String language,
			LocalDate pausedUntil, Channel channel, String address, boolean optedOut) {
	}

}
