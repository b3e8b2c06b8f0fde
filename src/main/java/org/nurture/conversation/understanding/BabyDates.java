package org.nurture.conversation.understanding;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baby's birth date or the due date in a folded message, for daily tips: "born March
 * 3", "3/3/26", "she's 6 weeks", "tiene 2 meses", "newborn" are a birth; "due in May",
 * "due 5/20", "due in 6 weeks", "I'm 30 weeks pregnant", "estoy embarazada de 7 meses",
 * "nace el 20 de septiembre" are a due date, and so is a date with a year still to come
 * ("9/20/26"). Whether the date is one tips can follow is for the caller to say.
 */
final class BabyDates {

	/** A pregnancy lasts 40 weeks to the due date. */
	private static final int PREGNANCY_DAYS = 280;

	private static final Pattern EXPECTING = Pattern.compile("\\b(due|pregnant|expecting|edd|along|embarazada"
			+ "|embarazo|encinta|nacera|va a nacer|nace el|nace en|cuentas|fecha de parto|fpp|esperando)\\b");

	private static final String AMOUNT = NumberWords.PATTERN
			+ "\\s?(weeks?|wks?|semanas?|months?|mos?|meses|mes)(?:\\s(?:y medio|y media|and a half))?";

	/** "30 weeks pregnant", "7 months along", "8 meses de embarazo". */
	private static final Pattern PREGNANT_FOR = Pattern
		.compile("\\b" + AMOUNT + "\\s(?:pregnant|along|de embarazo|embarazada)\\b");

	/** "pregnant with ... 30 weeks", "embarazada de 30 semanas", "tengo 7 meses de". */
	private static final Pattern PREGNANT_OF = Pattern
		.compile("\\b(?:pregnant|embarazada|encinta)\\s(?:with\\s|de\\s|for\\s)?(?:\\w+\\s)?" + AMOUNT + "\\b");

	/** "due in 6 weeks", "nace en 2 meses". */
	private static final Pattern DUE_IN = Pattern.compile("\\b(?:in|en|dentro de)\\s" + AMOUNT + "\\b");

	private BabyDates() {
	}

	static Optional<BabyDate> in(String folded, LocalDate today) {
		if (EXPECTING.matcher(folded).find()) {
			Optional<Double> along = weeks(PREGNANT_FOR, folded).or(() -> weeks(PREGNANT_OF, folded));
			if (along.isPresent()) {
				return Optional.of(BabyDate.due(today.plusDays(PREGNANCY_DAYS - Math.round(along.get() * 7))));
			}
			Optional<Double> away = weeks(DUE_IN, folded);
			if (away.isPresent()) {
				return Optional.of(BabyDate.due(today.plusDays(Math.round(away.get() * 7))));
			}
			return Dates.upcoming(folded, today).map(BabyDate::due);
		}
		Optional<LocalDate> dated = Dates.in(folded, today);
		if (dated.isPresent() && dated.get().isAfter(today)) {
			return Optional.of(BabyDate.due(dated.get()));
		}
		return BabyAges.birthDate(folded, today).map(BabyDate::born);
	}

	private static Optional<Double> weeks(Pattern pattern, String folded) {
		Matcher matcher = pattern.matcher(folded);
		return matcher.find() ? BabyAges.exactWeeks(matcher.group()) : Optional.empty();
	}

}
