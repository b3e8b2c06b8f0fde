package org.nurture.conversation.understanding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date in a folded message: "June 2", "2nd of june", "2 de junio", "6/2"
 * (month first, as in the US), "6/2/26", "2026-06-02", "today", "ayer". Without a year,
 * {@link #in} means the most recent such day (the dates parents give are mostly birth
 * dates), and {@link #upcoming} the next one (a due date), which also reads a month alone
 * ("due in May": the 15th).
 */
final class Dates {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
			Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
			Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
			Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
			Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10),
			Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
			Map.entry("dec", 12), Map.entry("enero", 1), Map.entry("ene", 1), Map.entry("febrero", 2),
			Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("abr", 4), Map.entry("mayo", 5),
			Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("ago", 8),
			Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
			Map.entry("diciembre", 12), Map.entry("dic", 12));

	private static final String MONTH = "("
			+ String.join("|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "(?:\\s(?:de\\s|del\\s)?(\\d{4}))?";

	private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s" + DAY + "\\b" + YEAR);

	private static final Pattern DAY_MONTH = Pattern
		.compile("\\b" + DAY + "\\s(?:of\\s|de\\s)?" + MONTH + "\\b" + YEAR);

	private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?\\b");

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4}) (\\d{1,2}) (\\d{1,2})\\b");

	/**
	 * A due date may have passed by this many days ("due 6/1" on June 15 is this year's,
	 * overdue).
	 */
	private static final int OVERDUE_DAYS = 28;

	private static final int MID_MONTH = 15;

	private static final Pattern MONTH_ALONE = Pattern
		.compile("\\b(?:(early|late|mid|end of|beginning of|principios de|finales de|mediados de|fines de)\\s)?"
				+ "(?:de\\s)?" + MONTH + "\\b" + YEAR);

	/** "May" is a month only after one of these ("due in May"), not in "I may be". */
	private static final Pattern MAY_MONTH = Pattern.compile(".*\\b(in|due|of|by|around|for|late|early|mid)\\s$");

	private static final Pattern RELATIVE = Pattern
		.compile("\\b(today|hoy|yesterday|ayer|day before yesterday|antier|anteayer|antes de ayer)\\b");

	private Dates() {
	}

	static Optional<LocalDate> in(String folded, LocalDate today) {
		return read(folded, today, false);
	}

	/** A date to come (or overdue by a few weeks at most), such as a due date. */
	static Optional<LocalDate> upcoming(String folded, LocalDate today) {
		Optional<LocalDate> date = read(folded, today, true);
		if (date.isPresent()) {
			return date;
		}
		Matcher month = MONTH_ALONE.matcher(folded);
		while (month.find()) {
			if (month.group(2).equals("may") && month.group(1) == null
					&& !MAY_MONTH.matcher(folded.substring(0, month.start())).matches()) {
				continue;
			}
			String part = month.group(1);
			int day = part == null ? MID_MONTH
					: part.equals("early") || part.startsWith("beginning") || part.startsWith("principios") ? 5
							: part.equals("mid") || part.startsWith("mediados") ? MID_MONTH : 25;
			return withYear(MONTHS.get(month.group(2)), day, month.group(3), today, true);
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> read(String folded, LocalDate today, boolean ahead) {
		Matcher iso = ISO.matcher(folded);
		if (iso.find()) {
			return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
		}
		Matcher monthDay = MONTH_DAY.matcher(folded);
		if (monthDay.find()) {
			return named(MONTHS.get(monthDay.group(1)), monthDay.group(2), monthDay.group(3), today, ahead);
		}
		Matcher dayMonth = DAY_MONTH.matcher(folded);
		if (dayMonth.find()) {
			return named(MONTHS.get(dayMonth.group(2)), dayMonth.group(1), dayMonth.group(3), today, ahead);
		}
		Matcher numeric = NUMERIC.matcher(folded);
		if (numeric.find()) {
			return withYear(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)), numeric.group(3),
					today, ahead);
		}
		Matcher relative = RELATIVE.matcher(folded);
		if (!ahead && relative.find()) {
			String word = relative.group(1);
			int daysAgo = word.equals("today") || word.equals("hoy") ? 0
					: word.equals("yesterday") || word.equals("ayer") ? 1 : 2;
			return Optional.of(today.minusDays(daysAgo));
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> named(int month, String day, String year, LocalDate today, boolean ahead) {
		return withYear(month, Integer.parseInt(day), year, today, ahead);
	}

	private static Optional<LocalDate> withYear(int month, int day, String year, LocalDate today, boolean ahead) {
		if (year != null) {
			int full = Integer.parseInt(year);
			return date(full < 100 ? 2000 + full : full, month, day);
		}
		try {
			MonthDay monthDay = MonthDay.of(month, day);
			LocalDate thisYear = monthDay.atYear(today.getYear());
			if (ahead) {
				return Optional.of(thisYear.isBefore(today.minusDays(OVERDUE_DAYS))
						? monthDay.atYear(today.getYear() + 1) : thisYear);
			}
			return Optional.of(thisYear.isAfter(today) ? monthDay.atYear(today.getYear() - 1) : thisYear);
		}
		catch (DateTimeException notADate) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException notADate) {
			return Optional.empty();
		}
	}

}
