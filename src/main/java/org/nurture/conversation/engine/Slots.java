package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nurture.conversation.content.Condition;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.Settings;
import org.nurture.conversation.content.SlotType;
import org.nurture.conversation.content.SlotValueText;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.understanding.Places;
import org.nurture.conversation.understanding.TipAnswers;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;
import org.nurture.educator.Place;
import org.nurture.subscription.QuietHours;

/**
 * Reads typed answers, tests conditions on them, and writes them back into texts as a
 * parent would read them.
 */
final class Slots {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final int MAX_TEXT = 500;

	private static final int WEEKS_SHOWN_AS_WEEKS = 12;

	private static final double WEEKS_PER_MONTH = 4.345;

	private final Settings settings;

	private final Understanding understanding;

	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	private final Places places;

	private final Map<String, SlotType> typesByName = new HashMap<>();

	private final TipsTexts tips;

	private final TimeZones zones;

	Slots(Content content, Understanding understanding, Places places, TipsTexts tips, TimeZones zones) {
		this.settings = content.settings();
		this.understanding = understanding;
		this.places = places;
		this.tips = tips;
		this.zones = zones;
		for (Flow flow : content.flows()) {
			for (Step step : flow.steps()) {
				if (step.expect() instanceof Expectation.Slot slot) {
					typesByName.put(slot.name(), slot.type());
				}
			}
		}
	}

	/**
	 * The answer in its stored form ({@code 02139}, weeks, {@code 2026-06-02},
	 * {@code 19:00}, yes/no, text, a place's label such as {@code Austin, TX}), if it
	 * fits.
	 */
	Optional<String> read(SlotType type, Utterance utterance, LocalDate today) {
		return switch (type) {
			case ZIP -> understanding.zip(utterance);
			case BABY_AGE -> understanding.babyAgeWeeks(utterance, today).map(String::valueOf);
			case DATE -> understanding.date(utterance, today).map(LocalDate::toString);
			case TIME -> understanding.timeOfDay(utterance).map(time -> time.toString());
			case YES_NO -> understanding.yesNo(utterance).map(yes -> yes ? "yes" : "no");
			case PLACE -> places.find(utterance.raw(), true).map(Place::label);
			case BIRTH_OR_DUE -> TipAnswers.babyDate(utterance.folded(), today).map(TipsTexts::slotValue);
			case SEND_TIME -> TipAnswers.time(utterance.folded()).map(time -> QuietHours.clamp(time).toString());
			case TIME_ZONE -> zone(utterance).map(ZoneId::getId);
			case TEXT -> Optional.of(utterance.raw().strip())
				.filter(text -> !text.isEmpty())
				.map(text -> text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
		};
	}

	/**
	 * The time zone of the place in the message: a ZIP code the gazetteer knows, or a
	 * city.
	 */
	Optional<ZoneId> zone(Utterance utterance) {
		Optional<String> zip = understanding.zip(utterance);
		if (zip.isPresent()) {
			return zones.ofZip(zip.get());
		}
		return places.find(utterance.raw(), true).flatMap(zones::of);
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

	/**
	 * The text with each {slot} replaced by the parent's answer, written for the
	 * language.
	 */
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

	private String display(SlotType type, String value, Language language) {
		if (type == null) {
			return value;
		}
		return switch (type) {
			case TIME -> LocalTime.parse(value).format(pattern(SlotValueText.TIME, language, Locale.US));
			case DATE -> LocalDate.parse(value).format(pattern(SlotValueText.DATE, language, locale(language)));
			case BABY_AGE -> age(Integer.parseInt(value), language);
			case YES_NO ->
				settings.slotValue(value.equals("yes") ? SlotValueText.ANSWER_YES : SlotValueText.ANSWER_NO, language);
			case ZIP, TEXT, PLACE -> value;
			case BIRTH_OR_DUE -> TipsTexts.babyDate(value).map(date -> tips.baby(date, language)).orElse(value);
			case SEND_TIME -> tips.time(LocalTime.parse(value), language);
			case TIME_ZONE -> tips.zone(ZoneId.of(value), language);
		};
	}

	private String age(int weeks, Language language) {
		if (weeks <= WEEKS_SHOWN_AS_WEEKS) {
			return count(weeks == 1 ? SlotValueText.WEEK : SlotValueText.WEEKS, weeks, language);
		}
		return count(SlotValueText.MONTHS, Math.round(weeks / WEEKS_PER_MONTH), language);
	}

	private String count(SlotValueText text, long count, Language language) {
		return settings.slotValue(text, language).replace("{count}", String.valueOf(count));
	}

	/**
	 * The content's pattern for the language, read once (patterns are checked when the
	 * content loads).
	 */
	private DateTimeFormatter pattern(SlotValueText text, Language language, Locale locale) {
		return formatters.computeIfAbsent(text.key() + "." + language.code(),
				key -> DateTimeFormatter.ofPattern(settings.slotValue(text, language), locale));
	}

	private static Locale locale(Language language) {
		return language == Language.ES ? Locale.forLanguageTag("es-US") : Locale.US;
	}

	private static Double number(String text) {
		return NUMBER.matcher(text).matches() ? Double.valueOf(text) : null;
	}

}
