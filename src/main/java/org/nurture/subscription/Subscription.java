package org.nurture.subscription;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A parent's daily-tip subscription as they chose it: their baby's birth date (or due
 * date), their time zone and time of day, how often, in which language, and whether it is
 * paused or ended. Immutable; every change makes a new one.
 *
 * @param status whether tips are on
 * @param birthDate the baby's birth date, or null while expecting
 * @param dueDate the due date while expecting, or null once born
 * @param zone the parent's time zone (a zone id, never an offset)
 * @param sendTime when in the day, local time, already inside {@link QuietHours}
 * @param cadence how often
 * @param language the language code tips are written in ("en", "es")
 * @param pausedUntil the first local date tips come again after a pause, or null
 * @param endReason why it ended, or null while active
 */
public record Subscription(Status status, LocalDate birthDate, LocalDate dueDate, ZoneId zone, LocalTime sendTime,
		Cadence cadence, String language, LocalDate pausedUntil, EndReason endReason) {

	/** The last day of age a tip is for: the day the baby turns two (days 0..730). */
	public static final int LAST_DAY = 730;

	/** How long before the due date tips for an expecting parent start: 12 weeks. */
	public static final int EXPECTING_DAYS = 84;

	public enum Status {

		ACTIVE, ENDED

	}

	/** Why a subscription ended. */
	public enum EndReason {

		/** The parent said STOP (or stopped tips). */
		STOPPED,
		/** The baby turned two: the program is complete. */
		COMPLETED,
		/** The parent told us their baby died: never another age-based tip. */
		LOSS,
		/**
		 * The provider said the address cannot receive messages (Twilio 21610, 21614;
		 * Telegram 403).
		 */
		UNREACHABLE

	}

	public Subscription {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(sendTime, "sendTime");
		Objects.requireNonNull(cadence, "cadence");
		Objects.requireNonNull(language, "language");
		if ((birthDate == null) == (dueDate == null)) {
			throw new IllegalArgumentException("Exactly one of the birth date and the due date");
		}
		if ((status == Status.ENDED) != (endReason != null)) {
			throw new IllegalArgumentException("An end reason exactly when ended");
		}
	}

	/** A new, active subscription for a baby born on that date. */
	public static Subscription born(LocalDate birthDate, ZoneId zone, LocalTime sendTime, Cadence cadence,
			String language) {
		return new Subscription(Status.ACTIVE, birthDate, null, zone, sendTime, cadence, language, null, null);
	}

	/** A new, active subscription for a baby due on that date. */
	public static Subscription expecting(LocalDate dueDate, ZoneId zone, LocalTime sendTime, Cadence cadence,
			String language) {
		return new Subscription(Status.ACTIVE, null, dueDate, zone, sendTime, cadence, language, null, null);
	}

	public boolean active() {
		return status == Status.ACTIVE;
	}

	public boolean expecting() {
		return dueDate != null;
	}

	/**
	 * The baby's age in days on a local date: negative before the due date while
	 * expecting (-7 is a week before it); once the due date has passed without news of
	 * the birth, counted from the due date.
	 */
	public int daysOld(LocalDate date) {
		return (int) ChronoUnit.DAYS.between(expecting() ? dueDate : birthDate, date);
	}

	/** The same subscription with the baby born on that date. */
	public Subscription bornOn(LocalDate date) {
		return new Subscription(status, date, null, zone, sendTime, cadence, language, pausedUntil, endReason);
	}

	/** The same subscription, now expecting the baby on that date. */
	public Subscription dueOn(LocalDate date) {
		return new Subscription(status, null, date, zone, sendTime, cadence, language, pausedUntil, endReason);
	}

	public Subscription at(LocalTime time) {
		return new Subscription(status, birthDate, dueDate, zone, QuietHours.clamp(time), cadence, language,
				pausedUntil, endReason);
	}

	public Subscription every(Cadence newCadence) {
		return new Subscription(status, birthDate, dueDate, zone, sendTime, newCadence, language, pausedUntil,
				endReason);
	}

	public Subscription inLanguage(String newLanguage) {
		return new Subscription(status, birthDate, dueDate, zone, sendTime, cadence, newLanguage, pausedUntil,
				endReason);
	}

	/** Paused until that date (the first date a tip may come again); null resumes. */
	public Subscription pausedUntil(LocalDate date) {
		return new Subscription(status, birthDate, dueDate, zone, sendTime, cadence, language, date, endReason);
	}

	public Subscription ended(EndReason reason) {
		return new Subscription(Status.ENDED, birthDate, dueDate, zone, sendTime, cadence, language, null,
				Objects.requireNonNull(reason, "reason"));
	}

}
