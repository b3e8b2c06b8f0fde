package org.nurture.conversation.understanding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A baby's age in whole weeks from a folded message: "3 months old", "6 weeks", "10
 * days", "one year", "3 meses", "seis semanas", "newborn", "recién nacido", or a birth
 * date ("born June 2", "nació el 2 de junio"). Parts add up ("1 month and 2 weeks"). Ages
 * beyond five years, and birth dates in the future, are not ages of a baby.
 */
final class BabyAges {

	private static final double WEEKS_PER_MONTH = 4.345;

	private static final int MOST_WEEKS = 260;

	private static final Pattern PART = Pattern.compile("\\b" + NumberWords.PATTERN
			+ "\\s?(days?|dias?|weeks?|wks?|semanas?|sem|months?|mos?|mths?|meses|mes|years?|yrs?|anos?|ano)\\b");

	private static final Pattern HALF = Pattern.compile("\\b(?:and a half|y medio|y media)\\b");

	private static final Pattern NEWBORN = Pattern
		.compile("\\b(newborn|new born|just born|brand new|recien nacid[oa]|acaba de nacer|nacio (hoy|ayer))\\b");

	private BabyAges() {
	}

	static Optional<Integer> weeks(String folded, LocalDate today) {
		Optional<Double> age = exactWeeks(folded);
		if (age.isPresent()) {
			long rounded = Math.round(Math.floor(age.get() + 1e-9));
			return rounded <= MOST_WEEKS ? Optional.of((int) rounded) : Optional.empty();
		}
		if (NEWBORN.matcher(folded).find()) {
			return Optional.of(0);
		}
		return Dates.in(folded, today)
			.map(born -> ChronoUnit.WEEKS.between(born, today))
			.filter(weeks -> weeks >= 0 && weeks <= MOST_WEEKS)
			.map(Long::intValue);
	}

	/**
	 * The baby's birth date, from an age ("6 weeks", "2 meses": so many days before
	 * today), "newborn", or a date in the past. Unlike {@link #weeks}, any age is taken:
	 * whether it is too old is for the caller to say.
	 */
	static Optional<LocalDate> birthDate(String folded, LocalDate today) {
		Optional<Double> age = exactWeeks(folded);
		if (age.isPresent()) {
			return Optional.of(today.minusDays(Math.round(age.get() * 7)));
		}
		if (NEWBORN.matcher(folded).find()) {
			return Optional.of(today);
		}
		return Dates.in(folded, today).filter(born -> !born.isAfter(today));
	}

	/**
	 * The amount of time the text says ("6 weeks", "1 month and 2 weeks", "dos meses y
	 * medio"), in weeks, if it says one.
	 */
	static Optional<Double> exactWeeks(String folded) {
		Matcher part = PART.matcher(folded);
		double weeks = 0;
		boolean found = false;
		while (part.find()) {
			found = true;
			int amount = NumberWords.value(part.group(1));
			String unit = part.group(2);
			double unitWeeks = unit(unit);
			weeks += amount * unitWeeks;
			if (HALF.matcher(folded.substring(part.end())).lookingAt()
					|| folded.startsWith(" and a half", part.end())) {
				weeks += unitWeeks / 2;
			}
		}
		return found ? Optional.of(weeks) : Optional.empty();
	}

	private static double unit(String unit) {
		if (unit.startsWith("d")) {
			return 1.0 / 7;
		}
		if (unit.startsWith("w") || unit.startsWith("s")) {
			return 1;
		}
		if (unit.startsWith("y") || unit.startsWith("a")) {
			return 52;
		}
		return WEEKS_PER_MONTH;
	}

}
