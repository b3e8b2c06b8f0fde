package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.util.Optional;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.understanding.BabyDate;
import org.nurture.conversation.understanding.TipAnswers;
import org.nurture.subscription.Subscription;

/**
 * The questions daily tips ask outside the sign-up, and their answers in the next message
 * ({@link TipsAsked}): the time (TIME alone), the birth or due date (UPDATE alone), the
 * birth date ("the baby is born"), the baby's age for today's tip.
 */
final class TipsQuestions {

	private final EngineSettings engineSettings;

	private final TipsTexts texts;

	private final TipsChanges changes;

	private final TodaysTip todaysTip;

	private final Navigator navigator;

	TipsQuestions(EngineSettings engineSettings, TipsTexts texts, TipsChanges changes, TodaysTip todaysTip,
			Navigator navigator) {
		this.engineSettings = engineSettings;
		this.texts = texts;
		this.changes = changes;
		this.todaysTip = todaysTip;
		this.navigator = navigator;
	}

	/** Asks, and waits for the answer. */
	void ask(Turn turn, TipsAsked asked, TipsText question) {
		turn.say(texts.text(question, turn.language()));
		turn.update(turn.session().asking(asked));
	}

	/** The message as the answer to what was asked, if it is one. */
	boolean answered(Turn turn, TipsAsked asked) {
		String folded = turn.utterance().folded();
		LocalDate today = today(turn);
		if (asked == TipsAsked.TODAY) {
			return TipAnswers.babyDate(folded, today).map(baby -> {
				turn.say(todaysTip.forBaby(baby, today, turn.language()));
				return true;
			}).orElse(false);
		}
		Subscription subscription = TipsCommands.active(turn);
		if (subscription == null) {
			return false;
		}
		return switch (asked) {
			case TIME -> TipAnswers.time(folded).map(time -> {
				changes.time(turn, subscription, time);
				return true;
			}).orElse(false);
			case UPDATE -> TipAnswers.babyDate(folded, today).map(date -> {
				changes.baby(turn, subscription, date, today, TipsText.UPDATED);
				return true;
			}).orElse(false);
			case BORN -> TipAnswers.birthDate(folded, today).map(date -> {
				changes.baby(turn, subscription, BabyDate.born(date), today, TipsText.BORN);
				return true;
			}).orElse(false);
			case TODAY -> false;
		};
	}

	/** A short message that does not answer: said again how to, still waiting. */
	void askAgain(Turn turn, TipsAsked asked) {
		Language language = turn.language();
		MessageKey key = switch (asked) {
			case TIME -> MessageKey.RETRY_TIME;
			case BORN -> MessageKey.RETRY_DATE;
			case UPDATE, TODAY -> MessageKey.RETRY_BABY_AGE;
		};
		turn.say(navigator.message(key, language));
		turn.update(turn.session().asking(asked));
	}

	/**
	 * "The baby is born": the birth date it says, or the question for it.
	 */
	boolean born(Turn turn, Subscription subscription) {
		LocalDate today = today(turn);
		Optional<LocalDate> date = TipAnswers.birthDate(turn.utterance().folded(), today);
		if (date.isEmpty()) {
			ask(turn, TipsAsked.BORN, TipsText.ASK_BORN);
			return true;
		}
		changes.baby(turn, subscription, BabyDate.born(date.get()), today, TipsText.BORN);
		return true;
	}

	/**
	 * Today's tip: for a subscriber's baby as it is today, or, asked first, for the baby
	 * the parent tells of.
	 */
	boolean today(Turn turn, Subscription subscription) {
		if (!todaysTip.available()) {
			return false;
		}
		if (subscription == null) {
			ask(turn, TipsAsked.TODAY, TipsText.TODAY_ASK);
			return true;
		}
		LocalDate local = turn.message().receivedAt().atZone(subscription.zone()).toLocalDate();
		turn.say(todaysTip.forDay(subscription.daysOld(local), turn.language()));
		return true;
	}

	private LocalDate today(Turn turn) {
		return turn.message().receivedAt().atZone(engineSettings.zone()).toLocalDate();
	}

}
