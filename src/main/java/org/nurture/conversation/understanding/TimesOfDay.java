package org.nurture.conversation.understanding;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day from a folded message: "7pm", "7:30 p.m.", "19:00", "7 de la noche", "a
 * las 8", "morning", "mornings", "after lunch", "en la tarde". A bare hour without am or
 * pm ("at 8", "a las 8") is read as afternoon or evening for a bedtime; for the time of a
 * daily tip ({@code daytime}), from 8 to 11 it is the morning. "Morning" is 9:00, "after
 * lunch" 13:00, "afternoon" 15:00, "evening" 18:00, "night" 19:00.
 */
final class TimesOfDay {

	private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm|a m|p m)\\b");

	private static final Pattern TWENTY_FOUR = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");

	private static final Pattern SPANISH = Pattern.compile(
			"\\b(\\d{1,2})(?::(\\d{2}))?\\s?(y media\\s)?(?:de la|por la|en la)\\s(manana|tarde|noche|madrugada)\\b");

	private static final Pattern BARE = Pattern.compile("\\b(?:at|around|about|a las|como a las|tipo)\\s(\\d{1,2})\\b");

	private static final Pattern ONLY_HOUR = Pattern.compile("\\d{1,2}");

	private static final LocalTime AFTER_LUNCH = LocalTime.of(13, 0);

	private static final Map<String, LocalTime> PARTS = Map.ofEntries(Map.entry("morning", LocalTime.of(9, 0)),
			Map.entry("mornings", LocalTime.of(9, 0)), Map.entry("mananas", LocalTime.of(9, 0)),
			Map.entry("afternoons", LocalTime.of(15, 0)), Map.entry("tardes", LocalTime.of(15, 0)),
			Map.entry("evenings", LocalTime.of(18, 0)), Map.entry("nights", LocalTime.of(19, 0)),
			Map.entry("noches", LocalTime.of(19, 0)), Map.entry("after lunch", AFTER_LUNCH),
			Map.entry("despues de comer", AFTER_LUNCH), Map.entry("despues del almuerzo", AFTER_LUNCH),
			Map.entry("despues de almorzar", AFTER_LUNCH), Map.entry("lunchtime", LocalTime.NOON),
			Map.entry("lunch time", LocalTime.NOON), Map.entry("lunch", LocalTime.NOON),
			Map.entry("almuerzo", LocalTime.NOON), Map.entry("breakfast", LocalTime.of(8, 0)),
			Map.entry("desayuno", LocalTime.of(8, 0)), Map.entry("manana", LocalTime.of(9, 0)),
			Map.entry("noon", LocalTime.NOON), Map.entry("midday", LocalTime.NOON),
			Map.entry("mediodia", LocalTime.NOON), Map.entry("afternoon", LocalTime.of(15, 0)),
			Map.entry("tarde", LocalTime.of(15, 0)), Map.entry("evening", LocalTime.of(18, 0)),
			Map.entry("night", LocalTime.of(19, 0)), Map.entry("tonight", LocalTime.of(19, 0)),
			Map.entry("noche", LocalTime.of(19, 0)), Map.entry("midnight", LocalTime.MIDNIGHT),
			Map.entry("medianoche", LocalTime.MIDNIGHT));

	/** Longest first, so that "after lunch" wins over "lunch". */
	private static final Pattern PART_OF_DAY = Pattern.compile("\\b("
			+ String.join("|", PARTS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")\\b");

	/** From this bare hour to 11, a tip's time is in the morning ("at 8": 8:00). */
	private static final int FIRST_MORNING_HOUR = 8;

	private TimesOfDay() {
	}

	static Optional<LocalTime> in(String folded) {
		return in(folded, false);
	}

	/**
	 * @param daytime the time of a daily tip rather than a bedtime: a bare hour from 8 to
	 * 11 is in the morning
	 */
	static Optional<LocalTime> in(String folded, boolean daytime) {
		Matcher clock = CLOCK.matcher(folded);
		if (clock.find()) {
			int hour = Integer.parseInt(clock.group(1));
			boolean pm = clock.group(3).startsWith("p");
			return time(hour == 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour, minutes(clock.group(2)), hour <= 12);
		}
		Matcher spanish = SPANISH.matcher(folded);
		if (spanish.find()) {
			int hour = Integer.parseInt(spanish.group(1));
			String part = spanish.group(4);
			boolean pm = (part.equals("tarde") || part.equals("noche")) && hour < 12;
			int minute = spanish.group(3) != null ? 30 : minutes(spanish.group(2));
			return time(pm ? hour + 12 : hour, minute, hour <= 12);
		}
		Matcher twentyFour = TWENTY_FOUR.matcher(folded);
		if (twentyFour.find()) {
			int hour = Integer.parseInt(twentyFour.group(1));
			boolean afternoon = hour >= 1 && hour <= 11 && !(daytime && hour >= FIRST_MORNING_HOUR);
			return time(afternoon ? hour + 12 : hour, minutes(twentyFour.group(2)), true);
		}
		Matcher bare = BARE.matcher(folded);
		String hour = bare.find() ? bare.group(1) : ONLY_HOUR.matcher(folded).matches() ? folded : null;
		if (hour != null) {
			int value = Integer.parseInt(hour);
			boolean afternoon = value >= 1 && value <= 11 && !(daytime && value >= FIRST_MORNING_HOUR);
			return time(afternoon ? value + 12 : value, 0, true);
		}
		Matcher part = PART_OF_DAY.matcher(folded);
		if (part.find()) {
			return Optional.of(PARTS.get(part.group(1)));
		}
		return Optional.empty();
	}

	private static int minutes(String group) {
		return group == null ? 0 : Integer.parseInt(group);
	}

	private static Optional<LocalTime> time(int hour, int minute, boolean valid) {
		return valid && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 ? Optional.of(LocalTime.of(hour, minute))
				: Optional.empty();
	}

}
