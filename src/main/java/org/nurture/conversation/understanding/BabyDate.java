package org.nurture.conversation.understanding;

import java.time.LocalDate;

/**
 * A baby's birth date, or the due date of one expected.
 *
 * @param due whether the date is a due date
 * @param date the date
 */
public record BabyDate(boolean due, LocalDate date) {

	public static BabyDate born(LocalDate date) {
		return new BabyDate(false, date);
	}

	public static BabyDate due(LocalDate date) {
		return new BabyDate(true, date);
	}

}
