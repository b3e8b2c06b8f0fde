package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nurture.conversation.content.Condition;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.SlotType;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;

/** Reads typed answers, tests conditions on them, and writes them back into texts as a parent would read them. */
final class Slots {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final int MAX_TEXT = 500;

	private static final int WEEKS_SHOWN_AS_WEEKS = 12;

	private static final double WEEKS_PER_MONTH = 4.345;

	private final Understanding understanding;

	private final Map<String, SlotType> typesByName = new HashMap<>();

	Slots(Content content, Understanding understanding) {
		this.understanding = understanding;
		for (Flow flow : content.flows()) {
			for (Step step : flow.steps()) {
				if (step.expect() instanceof Expectation.Slot slot) {
					typesByName.put(slot.name(), slot.type());
				}
			}
		}
	}

	/** The answer in its stored form ({@code 02139}, weeks, {@code 2026-06-02}, {@code 19:00}, yes/no, text), if it fits. */
	Optional<String> read(SlotType type, Utterance utterance, LocalDate today) {
		return switch (type) {
			case ZIP -> understanding.zip(utterance);
			case BABY_AGE -> understanding.babyAgeWeeks(utterance, today).map(String::valueOf);
			case DATE -> understanding.date(utterance, today).map(LocalDate::toString);
			case TIME -> understanding.timeOfDay(utterance).map(time -> time.toString());
			case YES_NO -> understanding.yesNo(utterance).map(yes -> yes ? "yes" : "no");
			case TEXT -> Optional.of(utterance.raw().strip())
				.filter(text -> !text.isEmpty())
				.map(text -> text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
		};
	}

	boolean holds(Condition condition, Map<String, String> values) {
		String actual = values.get(condition.slot());
		if (actual == null) {
			return false;
		}
		Double left = number(actual);
		Double right = number(condition.value());
		int comparison = (left != null && right != null) ? Double.compare(left, right)
				: actual.compareToIgnoreCase(condition.value());
		return switch (condition.operator()) {
			case EQ -> comparison == 0;
			case NE -> comparison != 0;
			case LT -> comparison < 0;
			case LE -> comparison <= 0;
			case GT -> comparison > 0;
			case GE -> comparison >= 0;
		};
	}

	/** The text with each {slot} replaced by the parent's answer, written for the language. */
	String fill(String text, Map<String, String> values, Language language) {
		if (text.indexOf('{') < 0) {
			return text;
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = values.get(name);
			String shown = value == null ? matcher.group() : display(typesByName.get(name), value, language);
			matcher.appendReplacement(filled, Matcher.quoteReplacement(shown));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private static String display(SlotType type, String value, Language language) {
		if (type == null) {
			return value;
		}
		boolean spanish = language == Language.ES;
		return switch (type) {
			case TIME -> LocalTime.parse(value)
				.format(DateTimeFormatter.ofPattern(spanish ? "H:mm" : "h:mm a", Locale.US));
			case DATE -> LocalDate.parse(value)
				.format(DateTimeFormatter.ofPattern(spanish ? "d 'de' MMMM" : "MMMM d", locale(language)));
			case BABY_AGE -> age(Integer.parseInt(value), spanish);
			case YES_NO -> spanish && value.equals("yes") ? "sí" : value;
			case ZIP, TEXT -> value;
		};
	}

	private static String age(int weeks, boolean spanish) {
		if (weeks <= WEEKS_SHOWN_AS_WEEKS) {
			return weeks + (spanish ? (weeks == 1 ? " semana" : " semanas") : (weeks == 1 ? " week" : " weeks"));
		}
		long months = Math.round(weeks / WEEKS_PER_MONTH);
		return months + (spanish ? " meses" : " months");
	}

	private static Locale locale(Language language) {
		return language == Language.ES ? Locale.forLanguageTag("es-US") : Locale.US;
	}

	private static Double number(String text) {
		return NUMBER.matcher(text).matches() ? Double.valueOf(text) : null;
	}
}
