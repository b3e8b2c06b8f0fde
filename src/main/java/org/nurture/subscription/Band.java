package org.nurture.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stretch of days within which a parent never gets the same tip twice: each month of
 * age ({@code month-0} to {@code month-23}: month {@code m} is days
 * {@code floor(m*365.25/12)} to {@code floor((m+1)*365.25/12)-1}, and month 23 ends at
 * the second birthday, day 730), and, before the birth, weeks 12 to 9, 8 to 5 and 4 to 1
 * before the due date ({@code expecting-12-9}, ...; 28 days each). Bands follow each
 * other without a gap, from 84 days before the due date to day 730.
 */
public final class Band {

	/** How many months of age have a band: the first two years. */
	public static final int MONTHS = 24;

	private static final int WEEKS_PER_EXPECTING_BAND = 4;

	private static final List<Band> ALL = bands();

	private final String id;

	private final String label;

	private final int firstDayOld;

	private final int lastDayOld;

	private final int ordinal;

	private Band(String id, String label, int firstDayOld, int lastDayOld, int ordinal) {
		this.id = id;
		this.label = label;
		this.firstDayOld = firstDayOld;
		this.lastDayOld = lastDayOld;
		this.ordinal = ordinal;
	}

	/** Every band, in time order: the three expecting bands, then months 0 to 23. */
	public static List<Band> all() {
		return ALL;
	}

	/** The band {@code stage} falls in. */
	public static Band of(Stage stage) {
		int daysOld = stage.daysOld();
		for (Band band : ALL) {
			if (daysOld <= band.lastDayOld) {
				return band;
			}
		}
		throw new IllegalStateException("No band for " + stage.label());
	}

	/** The band with this {@link #id()}, such as {@code month-3}. */
	public static Optional<Band> byId(String id) {
		return ALL.stream().filter(band -> band.id.equals(id)).findFirst();
	}

	/** The month of age {@code month} (0 to 23). */
	public static Band month(int month) {
		if (month < 0 || month >= MONTHS) {
			throw new IllegalArgumentException("No band for month " + month);
		}
		return ALL.get(ALL.size() - MONTHS + month);
	}

	/** A short, stable id, such as {@code month-3} or {@code expecting-12-9}. */
	public String id() {
		return id;
	}

	/**
	 * For messages about the content: {@code month 3 (days 91..120)} or
	 * {@code weeks 12..9 before the due date}.
	 */
	public String label() {
		return label;
	}

	public boolean isExpecting() {
		return firstDayOld < 0;
	}

	/** Its first day. */
	public Stage first() {
		return Stage.ofDaysOld(firstDayOld);
	}

	/** Its last day. */
	public Stage last() {
		return Stage.ofDaysOld(lastDayOld);
	}

	/** How many days it has: 28 to 31. */
	public int days() {
		return lastDayOld - firstDayOld + 1;
	}

	public boolean contains(Stage stage) {
		return stage.daysOld() >= firstDayOld && stage.daysOld() <= lastDayOld;
	}

	/** Which day of the band {@code stage} is, from 0. */
	public int indexOf(Stage stage) {
		if (!contains(stage)) {
			throw new IllegalArgumentException(stage.label() + " is not in " + label);
		}
		return stage.daysOld() - firstDayOld;
	}

	/** Its day {@code index}, from 0. */
	public Stage day(int index) {
		if (index < 0 || index >= days()) {
			throw new IllegalArgumentException(label + " has no day " + index);
		}
		return Stage.ofDaysOld(firstDayOld + index);
	}

	/** The band after this one, if any. */
	public Optional<Band> next() {
		return ordinal + 1 < ALL.size() ? Optional.of(ALL.get(ordinal + 1)) : Optional.empty();
	}

	@Override
	public String toString() {
		return id;
	}

	private static List<Band> bands() {
		List<Band> bands = new ArrayList<>();
		for (int fromWeek = Stage.EXPECTING_DAYS / 7; fromWeek >= 1; fromWeek -= WEEKS_PER_EXPECTING_BAND) {
			int toWeek = fromWeek - WEEKS_PER_EXPECTING_BAND + 1;
			bands.add(new Band("expecting-" + fromWeek + "-" + toWeek,
					"weeks " + fromWeek + ".." + toWeek + " before the due date", -7 * fromWeek, -7 * (toWeek - 1) - 1,
					bands.size()));
		}
		for (int month = 0; month < MONTHS; month++) {
			int first = monthStart(month);
			int last = (month == MONTHS - 1) ? Stage.LAST_DAY_OF_AGE : monthStart(month + 1) - 1;
			bands.add(new Band("month-" + month, "month " + month + " (days " + first + ".." + last + ")", first, last,
					bands.size()));
		}
		return List.copyOf(bands);
	}

	/** {@code floor(month * 365.25 / 12)}, in whole numbers: 365.25 / 12 = 1461 / 48. */
	private static int monthStart(int month) {
		return month * 1461 / 48;
	}

}
