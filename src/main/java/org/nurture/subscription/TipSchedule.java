package org.nurture.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a subscription's next tip is due: the next local date its cadence sends on, not
 * paused, inside the program (12 weeks before the due date to the second birthday), at
 * the chosen time in the parent's zone. A time the clocks skip (a spring-forward gap)
 * moves forward by the gap, and a time they repeat (the fall-back overlap) is taken the
 * first time, so each local date has exactly one due instant. Pure.
 */
public final class TipSchedule {

	private TipSchedule() {
	}

	/**
	 * The first due instant strictly after {@code after}, or empty when no tip is due any
	 * more (ended, or past the second birthday).
	 */
	public static Optional<Instant> nextDue(Subscription subscription, Instant after) {
		return nextDate(subscription, after).map(date -> dueAt(subscription, date));
	}

	/** The local date of the first due instant strictly after {@code after}. */
	public static Optional<LocalDate> nextDate(Subscription subscription, Instant after) {
		if (!subscription.active()) {
			return Optional.empty();
		}
		LocalDate date = after.atZone(subscription.zone()).toLocalDate();
		if (subscription.pausedUntil() != null && date.isBefore(subscription.pausedUntil())) {
			date = subscription.pausedUntil();
		}
		int daysOld = subscription.daysOld(date);
		if (daysOld < -Subscription.EXPECTING_DAYS) {
			date = date.plusDays(-Subscription.EXPECTING_DAYS - daysOld);
		}
		for (;; date = date.plusDays(1)) {
			if (subscription.daysOld(date) > Subscription.LAST_DAY) {
				return Optional.empty();
			}
			if (subscription.cadence().sendsOn(date) && dueAt(subscription, date).isAfter(after)) {
				return Optional.of(date);
			}
		}
	}

	/** The instant a tip for this local date is due. */
	public static Instant dueAt(Subscription subscription, LocalDate date) {
		return ZonedDateTime.of(date, subscription.sendTime(), subscription.zone()).toInstant();
	}

}
