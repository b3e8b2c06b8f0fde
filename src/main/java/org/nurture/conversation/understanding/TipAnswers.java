package org.nurture.conversation.understanding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The answers daily tips ask for, read from a folded message ({@link Utterance#folded()},
 * or a folded part of one such as what follows "pause"): the baby's birth date or due
 * date, a birth date alone, a time of day for a tip, a number of days.
 */
public final class TipAnswers {

	private TipAnswers() {
	}

	/**
	 * The baby's birth date (from a date or an age: "born March 3", "6 weeks", "tiene 2
	 * meses") or due date ("due in May", "30 weeks pregnant", "nace el 20 de octubre").
	 */
	public static Optional<BabyDate> babyDate(String folded, LocalDate today) {
		return BabyDates.in(folded, today);
	}

	/**
	 * A birth date: a date in the past, "today", "yesterday", or an age ("3 days old").
	 */
	public static Optional<LocalDate> birthDate(String folded, LocalDate today) {
		return BabyAges.birthDate(folded, today);
	}

	/**
	 * The time of day for a tip, as {@link Understanding#timeOfDay} reads a time, but a
	 * bare hour from 8 to 11 ("a las 8") is in the morning.
	 */
	public static Optional<LocalTime> time(String folded) {
		return TimesOfDay.in(folded, true);
	}

	/**
	 * A length of time in days ("3 days", "2 weeks", "un mes"), or a bare number of days
	 * ("3").
	 */
	public static Optional<Integer> days(String folded) {
		if (folded.matches("\\d{1,3}")) {
			return Optional.of(Integer.parseInt(folded));
		}
		return BabyAges.exactWeeks(folded).map(weeks -> (int) Math.round(weeks * 7));
	}

}
