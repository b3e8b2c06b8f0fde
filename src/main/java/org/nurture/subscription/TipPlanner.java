package org.nurture.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns one due subscription into its delivery for the day: the tip to send, or why none
 * is sent (more than {@link #STALE_AFTER} late, or no tip left for the baby's age), and
 * when the next one is due. Pure: the outbox writes what it decides.
 */
final class TipPlanner {

	/** A tip this late is recorded as skipped, not sent: no burst after a downtime. */
	static final Duration STALE_AFTER = Duration.ofHours(2);

	private final TipPicker picker;

	TipPlanner(TipPicker picker) {
		this.picker = picker;
	}

	/**
	 * @param subscription the subscription as stored
	 * @param dueAt when its tip is due (its {@code next_due_at})
	 * @param band the band its plan position is in, or null
	 * @param position its plan position in that band
	 * @param now the time of planning
	 */
	Planned plan(Subscription subscription, Instant dueAt, String band, int position, Instant now) {
		LocalDate date = dueAt.atZone(subscription.zone()).toLocalDate();
		Instant next = TipSchedule.nextDue(subscription, dueAt).orElse(null);
		if (now.isAfter(dueAt.plus(STALE_AFTER))) {
			return new Planned(date, dueAt, null, DeliveryStatus.SKIPPED,
					"more than " + STALE_AFTER.toHours() + " hours late", band, position, next);
		}
		Optional<TipPicker.Pick> pick = picker.pick(subscription, date, band, position);
		if (pick.isEmpty()) {
			return new Planned(date, dueAt, null, DeliveryStatus.SKIPPED, "no tip left for this age", band, position,
					next);
		}
		TipPicker.Pick chosen = pick.get();
		return new Planned(date, dueAt, chosen.tipId(), DeliveryStatus.PENDING, null, chosen.band(), chosen.position(),
				next);
	}

	/**
	 * What planning decided for one subscription.
	 *
	 * @param date the local date the delivery is for
	 * @param dueAt when it is due
	 * @param tipId the tip, or null when skipped
	 * @param status {@link DeliveryStatus#PENDING} or {@link DeliveryStatus#SKIPPED}
	 * @param detail why it was skipped, or null
	 * @param band the subscriber's band after this delivery
	 * @param position their plan position in it
	 * @param nextDue when the next tip is due, or null when the program is over
	 */
	record Planned(LocalDate date, Instant dueAt, String tipId, DeliveryStatus status, String detail, String band,
			int position, Instant nextDue) {
	}

}
