package org.nurture.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Tips for tests. */
final class Tips {

	private Tips() {
	}

	/** A tip for days {@code from..to} since the birth. */
	static Tip days(String id, int from, int to) {
		return new Tip(id, TipKind.BONDING, new Tip.DaysSinceBirth(from, to), texts(id), "test");
	}

	/** A tip for weeks {@code from..to} before the due date. */
	static Tip weeks(String id, int from, int to) {
		return new Tip(id, TipKind.WELLBEING, new Tip.WeeksBeforeDue(from, to), texts(id), "test");
	}

	/** {@code count} tips for every age, {@code prefix-1} to {@code prefix-count}. */
	static List<Tip> allAges(String prefix, int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> days(prefix + "-" + i, 0, 730)).toList();
	}

	/** {@code count} tips for the whole 12 weeks before the due date. */
	static List<Tip> allWeeks(String prefix, int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> weeks(prefix + "-" + i, 12, 1)).toList();
	}

	/**
	 * A catalog shaped like the one the spec asks for: 36 expecting tips (most for weeks
	 * 12..1, some for 4 weeks), 45 for all ages, and about 9 staged tips of one to three
	 * months starting in each month.
	 */
	static List<Tip> likeTheSpec() {
		List<Tip> tips = new ArrayList<>();
		tips.addAll(allWeeks("expecting", 28));
		for (int week = 12; week >= 4; week -= 4) {
			tips.add(weeks("expecting-from-" + week + "-a", week, week - 3));
			tips.add(weeks("expecting-from-" + week + "-b", week, Math.max(1, week - 5)));
		}
		tips.add(weeks("expecting-last-week-a", 1, 1));
		tips.add(weeks("expecting-last-week-b", 2, 1));
		tips.addAll(allAges("any-age", 45));
		for (int month = 0; month < Band.MONTHS; month++) {
			Band band = Band.month(month);
			int first = band.first().daysOld();
			for (int i = 0; i < 9; i++) {
				int from = first + 3 * i;
				int to = Math.min(730, from + 30 * (1 + i % 3) + i);
				tips.add(days("month-" + month + "-" + i, from, to));
			}
		}
		return tips;
	}

	private static Map<String, String> texts(String id) {
		return Map.of("en", "Tip " + id, "es", "Consejo " + id);
	}

}
