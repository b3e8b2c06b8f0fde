package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.content.TipsWord;
import org.nurture.conversation.understanding.BabyDate;
import org.nurture.subscription.Stage;
import org.nurture.subscription.TipCatalog;
import org.nurture.subscription.TipPlan;

/**
 * "Today's tip": the catalog's tip for a baby's day of age (or of the weeks before the
 * due date), as a daily subscriber would get it that day. The web chat, which sends
 * nothing later, offers it instead of the sign-up.
 */
final class TodaysTip {

	private final TipCatalog catalog;

	private final TipsTexts texts;

	TodaysTip(TipCatalog catalog, TipsTexts texts) {
		this.catalog = catalog;
		this.texts = texts;
	}

	/** Whether there are tips to give. */
	boolean available() {
		return !catalog.isEmpty() && texts.present();
	}

	/**
	 * The choice that asks for it: the first of the {@code today} words, with a capital
	 * first letter; none when there is no tip to give.
	 */
	List<String> offer(Language language) {
		List<String> words = texts.settings().words(TipsWord.TODAY, language);
		if (!available() || words.isEmpty()) {
			return List.of();
		}
		String word = words.get(0);
		return List.of(Character.toUpperCase(word.charAt(0)) + word.substring(1));
	}

	/**
	 * Today's tip for the baby, or why there is none (a baby over two): the text to say.
	 */
	String forBaby(BabyDate baby, LocalDate today, Language language) {
		int daysOld = (int) ChronoUnit.DAYS.between(baby.date(), today);
		return forDay(daysOld, language);
	}

	/**
	 * @param daysOld days since the birth, negative before the due date; earlier than the
	 * first expecting tips, those are given
	 */
	String forDay(int daysOld, Language language) {
		if (daysOld > Stage.LAST_DAY_OF_AGE) {
			return texts.text(TipsText.TODAY_NONE, language);
		}
		Stage stage = Stage.ofDaysOld(Math.max(daysOld, -Stage.EXPECTING_DAYS));
		Optional<TipPlan.Pick> pick = catalog.next(stage, stage.positionOnEntry());
		if (pick.isEmpty()) {
			return texts.text(TipsText.TODAY_NONE, language);
		}
		return texts.text(TipsText.TODAY_TIP, language).replace("{tip}", pick.get().tip().text(language.code()));
	}

}
