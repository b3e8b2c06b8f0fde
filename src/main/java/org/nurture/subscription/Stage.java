package org.nurture.subscription;

/**
 * Where a baby is on the day a tip goes out: born, with an age in days
 * ({@value #LAST_DAY_OF_AGE} at most: the second birthday), or expecting, with the days
 * left before the due date (1 to {@value #EXPECTING_DAYS}: 12 weeks).
 *
 * <p>
 * Stages lie on one line of {@link #daysOld() days old}: -84 (12 weeks before the due
 * date) to -1, then 0 (the birth day) to 730.
 */
public sealed interface Stage permits Stage.Born, Stage.Expecting {

	/** The last day of age tips are for: the day the baby turns two. */
	int LAST_DAY_OF_AGE = 730;

	/** How many days before the due date tips start: 12 weeks. */
	int EXPECTING_DAYS = 84;

	/** A baby {@code ageDays} days old (0 on the birth day). */
	static Stage born(int ageDays) {
		return new Born(ageDays);
	}

	/** A baby due in {@code daysBeforeDue} days (1 the day before the due date). */
	static Stage expecting(int daysBeforeDue) {
		return new Expecting(daysBeforeDue);
	}

	/**
	 * The stage {@code daysOld} days from the birth (or the due date): negative while
	 * expecting, so -7 is a week before the due date. From -84 to 730.
	 */
	static Stage ofDaysOld(int daysOld) {
		return daysOld < 0 ? new Expecting(-daysOld) : new Born(daysOld);
	}

	/** Days since the birth, negative before the due date. */
	int daysOld();

	/** Such as {@code day 110} or {@code day 60 before the due date (week 9)}. */
	String label();

	/** The band this day falls in. */
	default Band band() {
		return Band.of(this);
	}

	/** Which day of its band this is, from 0. */
	default int indexInBand() {
		return band().indexOf(this);
	}

	/**
	 * The {@code afterPosition} for {@link TipPlan#next(Stage, int)} of a subscriber
	 * whose first tip in this band goes out on this day (on a band's first day, -1): a
	 * daily subscriber then walks the plan in step with the days.
	 */
	default int positionOnEntry() {
		return indexInBand() - 1;
	}

	/** Whether this day comes before {@code other}. */
	default boolean isBefore(Stage other) {
		return daysOld() < other.daysOld();
	}

	/** A born baby, {@code ageDays} old: 0 to {@value Stage#LAST_DAY_OF_AGE}. */
	record Born(int ageDays) implements Stage {

		public Born {
			if (ageDays < 0 || ageDays > LAST_DAY_OF_AGE) {
				throw new IllegalArgumentException(
						"Age " + ageDays + " days is outside 0.." + LAST_DAY_OF_AGE + " days");
			}
		}

		@Override
		public int daysOld() {
			return ageDays;
		}

		@Override
		public String label() {
			return "day " + ageDays;
		}

	}

	/**
	 * An expecting parent, {@code daysBeforeDue} days before the due date: 1 to
	 * {@value Stage#EXPECTING_DAYS}.
	 */
	record Expecting(int daysBeforeDue) implements Stage {

		public Expecting {
			if (daysBeforeDue < 1 || daysBeforeDue > EXPECTING_DAYS) {
				throw new IllegalArgumentException(
						daysBeforeDue + " days before the due date is outside 1.." + EXPECTING_DAYS);
			}
		}

		@Override
		public int daysOld() {
			return -daysBeforeDue;
		}

		/**
		 * The week before the due date this day is in: week 1 is 1 to 7 days before it,
		 * week 12 78 to 84.
		 */
		public int weekBeforeDue() {
			return (daysBeforeDue + 6) / 7;
		}

		@Override
		public String label() {
			return "day " + daysBeforeDue + " before the due date (week " + weekBeforeDue() + ")";
		}

	}

}
