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
		if (found) {
			long rounded = Math.round(Math.floor(weeks + 1e-9));
			return rounded <= MOST_WEEKS ? Optional.of((int) rounded) : Optional.empty();
		}
		if (NEWBORN.matcher(folded).find()) {
			return Optional.of(0);
		}
		return Dates.in(folded, today)
			.map(born -> ChronoUnit.WEEKS.between(born, today))
			.filter(age -> age >= 0 && age <= MOST_WEEKS)
			.map(Long::intValue);
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
