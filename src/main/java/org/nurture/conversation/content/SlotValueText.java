package org.nurture.conversation.content;

import java.util.Locale;
import java.util.Set;

/**
 * How a parent's answers are written back into a text ({@code slot_values} in
 * {@code settings.yml}).
 */
public enum SlotValueText {

	/** A baby's age of one week: "{count} week". */
	WEEK(Set.of("count")),
	/** A baby's age in weeks, up to 12. */
	WEEKS(Set.of("count")),
	/** A baby's age in months, from 13 weeks. */
	MONTHS(Set.of("count")),
	/** A yes answer. */
	ANSWER_YES(Set.of()),
	/** A no answer. */
	ANSWER_NO(Set.of()),
	/** A time of day: a {@link java.time.format.DateTimeFormatter} pattern. */
	TIME(Set.of()),
	/**
	 * A date: a {@link java.time.format.DateTimeFormatter} pattern, month names in the
	 * language.
	 */
	DATE(Set.of()),
	/**
	 * A day with its weekday, such as "Tue Jun 16": a
	 * {@link java.time.format.DateTimeFormatter} pattern; optional (the {@code date}
	 * pattern otherwise).
	 */
	DAY(Set.of());

	private final Set<String> placeholders;

	SlotValueText(Set<String> placeholders) {
		this.placeholders = placeholders;
	}

	/** The placeholders the text must use. */
	Set<String> placeholders() {
		return placeholders;
	}

	/** Whether the text is a date or time pattern rather than words. */
	boolean pattern() {
		return this == TIME || this == DATE || this == DAY;
	}

	/** As written in settings.yml, e.g. {@code answer_yes}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
