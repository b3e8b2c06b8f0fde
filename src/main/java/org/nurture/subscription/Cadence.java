package org.nurture.subscription;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How often a subscriber gets a tip. */
public enum Cadence {

	/** One tip a day: "1 msg/day". */
	DAILY,
	/** Monday, Wednesday and Friday: "3 msgs/wk". */
	THREE_A_WEEK;

	/** Whether a tip is due on this local date. */
	public boolean sendsOn(LocalDate date) {
		if (this == DAILY) {
			return true;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.MONDAY || day == DayOfWeek.WEDNESDAY || day == DayOfWeek.FRIDAY;
	}

}
