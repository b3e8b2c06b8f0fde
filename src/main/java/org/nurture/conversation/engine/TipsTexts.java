package org.nurture.conversation.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.Settings;
import org.nurture.conversation.content.SlotValueText;
import org.nurture.conversation.content.TipsSettings;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.understanding.BabyDate;
import org.nurture.subscription.Cadence;
import org.nurture.subscription.Subscription;
import org.nurture.subscription.TipSchedule;

/**
 * How daily tips read in the parent's language: the baby ("born March 3", "due May 20"),
 * the cadence, a time, a day, a zone, when the next tip comes, the settings. The words
 * are the content's ({@code tips.messages} and {@code slot_values} in
 * {@code settings.yml}).
 */
final class TipsTexts {

	private static final String BORN = "born:";

	private static final String DUE = "due:";

	private final Settings settings;

	private final TipsSettings tips;

	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	TipsTexts(Settings settings) {
		this.settings = settings;
		this.tips = settings.tips();
	}

	/** Whether the content has daily tips' words and messages. */
	boolean present() {
		return tips.present();
	}

	TipsSettings settings() {
		return tips;
	}

	String text(TipsText text, Language language) {
		return tips.text(text, language);
	}

	/**
	 * A baby's date as a slot keeps it: {@code born:2026-03-03}, {@code due:2026-09-20}.
	 */
	static String slotValue(BabyDate date) {
		return (date.due() ? DUE : BORN) + date.date();
	}

	/** A slot's baby date back, if it is one. */
	static Optional<BabyDate> babyDate(String slotValue) {
		if (slotValue == null) {
			return Optional.empty();
		}
		if (slotValue.startsWith(DUE)) {
			return Optional.of(BabyDate.due(LocalDate.parse(slotValue.substring(DUE.length()))));
		}
		if (slotValue.startsWith(BORN)) {
			return Optional.of(BabyDate.born(LocalDate.parse(slotValue.substring(BORN.length()))));
		}
		return Optional.empty();
	}

	/** "born March 3", "due May 20". */
	String baby(BabyDate date, Language language) {
		return text(date.due() ? TipsText.BABY_DUE : TipsText.BABY_BORN, language).replace("{date}",
				date(date.date(), language));
	}

	String baby(Subscription subscription, Language language) {
		return baby(subscription.expecting() ? BabyDate.due(subscription.dueDate())
				: BabyDate.born(subscription.birthDate()), language);
	}

	String cadence(Cadence cadence, Language language) {
		return text(cadence == Cadence.DAILY ? TipsText.CADENCE_DAILY : TipsText.CADENCE_THREE_A_WEEK, language);
	}

	String time(LocalTime time, Language language) {
		return time.format(pattern(SlotValueText.TIME, language, Locale.US));
	}

	String date(LocalDate date, Language language) {
		return date.format(pattern(SlotValueText.DATE, language, locale(language)));
	}

	/**
	 * A day with its weekday ("Tue Jun 16"), or as a date when the content has no day
	 * pattern.
	 */
	String day(LocalDate date, Language language) {
		SlotValueText pattern = settings.slotValue(SlotValueText.DAY, language).isEmpty() ? SlotValueText.DATE
				: SlotValueText.DAY;
		return date.format(pattern(pattern, language, locale(language)));
	}

	/** The zone as people say it: "Central Time", "hora central". */
	String zone(ZoneId zone, Language language) {
		return zone.getDisplayName(TextStyle.FULL, locale(language));
	}

	/**
	 * When the next tip after {@code now} comes: "tomorrow, Tue Jun 16, at 8:00 AM";
	 * empty when none will.
	 */
	String next(Subscription subscription, Instant now, Language language) {
		Optional<Instant> due = TipSchedule.nextDue(subscription, now);
		if (due.isEmpty()) {
			return "";
		}
		ZonedDateTime local = due.get().atZone(subscription.zone());
		LocalDate today = now.atZone(subscription.zone()).toLocalDate();
		TipsText when = local.toLocalDate().equals(today) ? TipsText.NEXT_TODAY
				: local.toLocalDate().equals(today.plusDays(1)) ? TipsText.NEXT_TOMORROW : TipsText.NEXT_LATER;
		return text(when, language).replace("{day}", day(local.toLocalDate(), language))
			.replace("{time}", time(local.toLocalTime(), language));
	}

	/** TIPS from a subscriber: what they get, when, and how to change it. */
	String settings(Subscription subscription, Instant now, Language language) {
		LocalDate today = now.atZone(subscription.zone()).toLocalDate();
		String paused = subscription.pausedUntil() != null && subscription.pausedUntil().isAfter(today)
				? text(TipsText.PAUSED_NOTE, language).replace("{day}", day(subscription.pausedUntil(), language)) : "";
		return text(TipsText.SETTINGS, language).replace("{baby}", baby(subscription, language))
			.replace("{cadence}", cadence(subscription.cadence(), language))
			.replace("{time}", time(subscription.sendTime(), language))
			.replace("{zone}", zone(subscription.zone(), language))
			.replace("{next}", next(subscription, now, language))
			.replace("{paused}", paused);
	}

	private DateTimeFormatter pattern(SlotValueText text, Language language, Locale locale) {
		return formatters.computeIfAbsent(text.key() + "." + language.code(),
				key -> DateTimeFormatter.ofPattern(settings.slotValue(text, language), locale));
	}

	static Locale locale(Language language) {
		return language == Language.ES ? Locale.forLanguageTag("es-US") : Locale.US;
	}

}
