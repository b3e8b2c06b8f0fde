package org.nurture.subscription;

import java.util.Map;
import java.util.Objects;

/**
 * A daily bonding tip ({@code conversations/tips/*.yml}): one idea, one SMS, for the days
 * of its {@link Range}.
 *
 * @param id unique across the catalog, such as {@code newborn-resting-hands}
 * @param kind what it is about
 * @param range the days it is right for
 * @param texts the text per language code ({@code en}, {@code es})
 * @param source where the idea comes from
 */
public record Tip(String id, TipKind kind, Range range, Map<String, String> texts, String source) {

	/** The language a text falls back to when a language is missing. */
	public static final String FALLBACK_LANGUAGE = "en";

	public Tip {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(range, "range");
		Objects.requireNonNull(source, "source");
		texts = Map.copyOf(texts);
	}

	/** Whether this tip is right for a baby at {@code stage}. */
	public boolean isFor(Stage stage) {
		return range.contains(stage);
	}

	/**
	 * The text in {@code language} (a code such as {@code es}), or in English when it is
	 * missing (validation prevents that for configured languages).
	 */
	public String text(String language) {
		String text = texts.get(language);
		return text != null ? text : texts.getOrDefault(FALLBACK_LANGUAGE, "");
	}

	/** The days a tip is right for, both ends included. */
	public sealed interface Range permits DaysSinceBirth, WeeksBeforeDue {

		/** Its first day. */
		Stage first();

		/** Its last day. */
		Stage last();

		/** Whether {@code stage} is one of its days. */
		default boolean contains(Stage stage) {
			return !stage.isBefore(first()) && !last().isBefore(stage);
		}

		/** Whether any of its days is in {@code band}. */
		default boolean overlaps(Band band) {
			return !band.last().isBefore(first()) && !last().isBefore(band.first());
		}

		/** How many days it has. */
		default int days() {
			return last().daysOld() - first().daysOld() + 1;
		}

	}

	/**
	 * Days since the birth, {@code age: {from_day: 0, to_day: 45}}: 0 &lt;= fromDay &lt;=
	 * toDay &lt;= 730.
	 */
	public record DaysSinceBirth(int fromDay, int toDay) implements Range {

		public DaysSinceBirth {
			if (fromDay < 0 || toDay > Stage.LAST_DAY_OF_AGE || fromDay > toDay) {
				throw new IllegalArgumentException(
						"Days " + fromDay + ".." + toDay + " are not 0 <= from <= to <= " + Stage.LAST_DAY_OF_AGE);
			}
		}

		@Override
		public Stage first() {
			return Stage.born(fromDay);
		}

		@Override
		public Stage last() {
			return Stage.born(toDay);
		}

	}

	/**
	 * Weeks before the due date, counting down, {@code expecting: {from_week: 12,
	 * to_week: 1}}: 12 &gt;= fromWeek &gt;= toWeek &gt;= 1. Week {@code w} is the days
	 * {@code 7(w-1)+1} to {@code 7w} before the due date.
	 */
	public record WeeksBeforeDue(int fromWeek, int toWeek) implements Range {

		/** The earliest week: 12 weeks before the due date. */
		public static final int FIRST_WEEK = Stage.EXPECTING_DAYS / 7;

		public WeeksBeforeDue {
			if (toWeek < 1 || fromWeek > FIRST_WEEK || fromWeek < toWeek) {
				throw new IllegalArgumentException("Weeks " + fromWeek + ".." + toWeek + " are not " + FIRST_WEEK
						+ " >= from >= to >= 1 before the due date");
			}
		}

		@Override
		public Stage first() {
			return Stage.expecting(7 * fromWeek);
		}

		@Override
		public Stage last() {
			return Stage.expecting(7 * (toWeek - 1) + 1);
		}

	}

}
