package org.nurture.conversation.understanding;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day from a folded message: "7pm", "7:30 p.m.", "19:00", "7 de la noche", "a
 * las 8", "morning", "en la tarde". A bare hour without am or pm ("at 8", "a las 8") is
 * read as afternoon or evening, since the times Nurture asks about are bedtimes and tip
 * times; "morning" is 9:00, "afternoon" 15:00, "evening" 18:00, "night" 19:00.
 */
final class TimesOfDay {

	private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm|a m|p m)\\b");

	private static final Pattern TWENTY_FOUR = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\b");

	private static final Pattern SPANISH = Pattern.compile(
			"\\b(\\d{1,2})(?::(\\d{2}))?\\s?(y media\\s)?(?:de la|por la|en la)\\s(manana|tarde|noche|madrugada)\\b");

	private static final Pattern BARE = Pattern.compile("\\b(?:at|around|about|a las|como a las|tipo)\\s(\\d{1,2})\\b");

	private static final Pattern ONLY_HOUR = Pattern.compile("\\d{1,2}");

	private static final Map<String, LocalTime> PARTS = Map.ofEntries(Map.entry("morning", LocalTime.of(9, 0)),
			Map.entry("manana", LocalTime.of(9, 0)), Map.entry("noon", LocalTime.NOON),
			Map.entry("midday", LocalTime.NOON), Map.entry("mediodia", LocalTime.NOON),
			Map.entry("afternoon", LocalTime.of(15, 0)), Map.entry("tarde", LocalTime.of(15, 0)),
			Map.entry("evening", LocalTime.of(18, 0)), Map.entry("night", LocalTime.of(19, 0)),
			Map.entry("tonight", LocalTime.of(19, 0)), Map.entry("noche", LocalTime.of(19, 0)),
			Map.entry("midnight", LocalTime.MIDNIGHT), Map.entry("medianoche", LocalTime.MIDNIGHT));

	private static final Pattern PART_OF_DAY = Pattern.compile("\\b(" + String.join("|", PARTS.keySet()) + ")\\b");

	private TimesOfDay() {
	}

	static Optional<LocalTime> in(String folded) {
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
			return time(hour >= 1 && hour <= 11 ? hour + 12 : hour, minutes(twentyFour.group(2)), true);
		}
		Matcher bare = BARE.matcher(folded);
		String hour = bare.find() ? bare.group(1) : ONLY_HOUR.matcher(folded).matches() ? folded : null;
		if (hour != null) {
			int value = Integer.parseInt(hour);
			return time(value >= 1 && value <= 11 ? value + 12 : value, 0, true);
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
