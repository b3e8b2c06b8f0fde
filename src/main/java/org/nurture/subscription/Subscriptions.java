package org.nurture.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

/**
 * The subscriptions in the database, one per contact. A save recomputes when the next tip
 * is due ({@link TipSchedule}), and an end cancels the tip that was waiting to be sent,
 * so a STOP that arrives before a due tip goes out stops it. Both join the caller's
 * transaction: a conversation saves its subscription with its session.
 */
@Service
public class Subscriptions {

	private static final String COLUMNS = "status, birth_date, due_date, time_zone, send_time, cadence, language,"
			+ " paused_until, end_reason";

	private final DatabaseClient database;

	Subscriptions(DatabaseClient database) {
		this.database = database;
	}

	/** The contact's subscription, active or ended, if they ever had one. */
	public Mono<Subscription> find(UUID contactId) {
		return database.sql("SELECT " + COLUMNS + " FROM subscription WHERE contact_id = :contact")
			.bind("contact", contactId)
			.map(Subscriptions::subscription)
			.one();
	}

	/**
	 * Saves the contact's subscription as it now is, and when its next tip is due after
	 * {@code now}. A changed birth or due date starts the tip plan of the baby's age band
	 * over. Ending it cancels the tip waiting to be sent, if any.
	 */
	public Mono<Void> save(UUID contactId, Subscription subscription, Instant now) {
		OffsetDateTime nextDue = TipSchedule.nextDue(subscription, now).map(Subscriptions::utc).orElse(null);
		DatabaseClient.GenericExecuteSpec update = bindAll(database.sql("UPDATE subscription SET status = :status,"
				+ " band = CASE WHEN birth_date = :birth OR due_date = :due THEN band ELSE NULL END,"
				+ " band_position = CASE WHEN birth_date = :birth OR due_date = :due THEN band_position ELSE -1 END,"
				+ " birth_date = :birth, due_date = :due, time_zone = :zone, send_time = :time, cadence = :cadence,"
				+ " language = :language, paused_until = :paused, end_reason = :reason, next_due_at = :next,"
				+ " updated_at = :now WHERE contact_id = :contact"), contactId, subscription, nextDue, now);
		Mono<Long> updated = update.fetch().rowsUpdated();
		Mono<Long> inserted = bindAll(database.sql("INSERT INTO subscription (id, contact_id, " + COLUMNS
				+ ", next_due_at, created_at, updated_at) VALUES (:id, :contact, :status, :birth, :due, :zone, :time,"
				+ " :cadence, :language, :paused, :reason, :next, :now, :now)"), contactId, subscription, nextDue, now)
			.bind("id", UUID.randomUUID())
			.fetch()
			.rowsUpdated();
		Mono<Void> saved = updated.flatMap(rows -> rows > 0 ? Mono.just(rows) : inserted).then();
		return subscription.active() ? saved : saved.then(cancelWaiting(contactId, now));
	}

	/**
	 * Cancels the contact's tips that are planned but not yet handed to the provider.
	 */
	public Mono<Void> cancelWaiting(UUID contactId, Instant now) {
		return database
			.sql("UPDATE tip_delivery SET status = 'CANCELLED', updated_at = :now WHERE status = 'PENDING'"
					+ " AND subscription_id IN (SELECT id FROM subscription WHERE contact_id = :contact)")
			.bind("now", utc(now))
			.bind("contact", contactId)
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec, UUID contactId,
			Subscription subscription, OffsetDateTime nextDue, Instant now) {
		spec = spec.bind("contact", contactId)
			.bind("status", subscription.status().name())
			.bind("zone", subscription.zone().getId())
			.bind("time", subscription.sendTime())
			.bind("cadence", subscription.cadence().name())
			.bind("language", subscription.language())
			.bind("now", utc(now));
		spec = bindNullable(spec, "birth", subscription.birthDate(), LocalDate.class);
		spec = bindNullable(spec, "due", subscription.dueDate(), LocalDate.class);
		spec = bindNullable(spec, "paused", subscription.pausedUntil(), LocalDate.class);
		spec = bindNullable(spec, "reason", subscription.endReason() == null ? null : subscription.endReason().name(),
				String.class);
		return bindNullable(spec, "next", nextDue, OffsetDateTime.class);
	}

	private static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec,
			String name, T value, Class<T> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

	static Subscription subscription(Readable row) {
		String reason = row.get("end_reason", String.class);
		return new Subscription(Subscription.Status.valueOf(row.get("status", String.class)),
				row.get("birth_date", LocalDate.class), row.get("due_date", LocalDate.class),
				ZoneId.of(row.get("time_zone", String.class)), row.get("send_time", LocalTime.class),
				Cadence.valueOf(row.get("cadence", String.class)), row.get("language", String.class),
				row.get("paused_until", LocalDate.class),
				reason == null ? null : Subscription.EndReason.valueOf(reason));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
