package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.understanding.BabyDate;
import org.nurture.conversation.understanding.TipAnswers;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.subscription.Cadence;
import org.nurture.subscription.Subscription;
import org.nurture.text.TextFolding;

/**
 * The words that manage daily tips, from anywhere in a conversation: TIPS (the sign-up,
 * or the settings), PAUSE [n days], RESUME, TIME [7pm], LESS, MORE, UPDATE [date], "stop
 * tips", "today's tip", and, while tips follow a due date, "the baby is born". A question
 * they ask waits for the next message ({@link TipsQuestions}). Only someone with tips can
 * change them; the others hear how to get them, or the message is read as usual.
 */
final class TipsCommands {

	/** PAUSE alone pauses for a week. */
	static final int DEFAULT_PAUSE_DAYS = 7;

	/** The longest pause. */
	static final int LONGEST_PAUSE_DAYS = 90;

	/** A longer answer to a waiting question is read as usual rather than asked again. */
	private static final int RETRY_WORDS = 4;

	private final EngineSettings engineSettings;

	private final TipsTexts texts;

	private final TipsWords words;

	private final TipsChanges changes;

	private final TipsQuestions questions;

	private final Navigator navigator;

	private final TipsFlow flow;

	TipsCommands(Content content, Understanding understanding, EngineSettings engineSettings, TipsTexts texts,
			Navigator navigator, TipsFlow flow, TodaysTip todaysTip) {
		this.engineSettings = engineSettings;
		this.texts = texts;
		this.words = new TipsWords(content.settings().tips(), understanding);
		this.changes = new TipsChanges(texts);
		this.questions = new TipsQuestions(engineSettings, texts, changes, todaysTip, navigator);
		this.navigator = navigator;
		this.flow = flow;
	}

	TipsChanges changes() {
		return changes;
	}

	/** The message, if it manages tips or answers a tips question; false otherwise. */
	boolean decide(Turn turn) {
		if (!texts.present()) {
			return false;
		}
		TipsAsked asked = turn.session().tipsAsked();
		if (asked != null) {
			turn.update(turn.session().asking(null));
			if (questions.answered(turn, asked)) {
				return true;
			}
		}
		Optional<TipsWords.Said> said = words.in(turn.utterance());
		if (said.isPresent() && said(turn, said.get())) {
			return true;
		}
		if (asked != null && said.isEmpty() && !turn.text().contains("?")
				&& TextFolding.wordCount(turn.utterance().folded()) <= RETRY_WORDS) {
			questions.askAgain(turn, asked);
			return true;
		}
		Subscription subscription = active(turn);
		return subscription != null && subscription.expecting() && words.saysBorn(turn.utterance())
				&& questions.born(turn, subscription);
	}

	/** The parent's subscription, if tips are on (paused or not). */
	static Subscription active(Turn turn) {
		Subscription subscription = turn.session().subscription();
		return subscription != null && subscription.active() ? subscription : null;
	}

	private boolean said(Turn turn, TipsWords.Said said) {
		Subscription subscription = active(turn);
		String rest = said.rest();
		return switch (said.word()) {
			case TIPS -> flow.flow().map(signUp -> {
				navigator.go(turn, new Target.Flow(signUp.id()));
				return true;
			}).orElse(false);
			case PAUSE -> pause(turn, subscription, rest);
			case RESUME -> resume(turn, subscription);
			case TIME -> time(turn, subscription, rest);
			case LESS -> cadence(turn, subscription, Cadence.THREE_A_WEEK);
			case MORE -> !turn.session().slots().containsKey(EducatorReferrals.SHOWN_SLOT)
					&& cadence(turn, subscription, Cadence.DAILY);
			case UPDATE -> update(turn, subscription, rest);
			case STOP -> stop(turn, subscription);
			case TODAY -> questions.today(turn, subscription);
			case BORN -> false;
		};
	}

	private boolean pause(Turn turn, Subscription subscription, String rest) {
		Optional<Integer> days = rest.isEmpty() ? Optional.of(DEFAULT_PAUSE_DAYS) : TipAnswers.days(rest);
		if (days.isEmpty() && (turn.text().contains("?") || TextFolding.wordCount(rest) > 2)) {
			return false;
		}
		if (subscription == null) {
			return notSubscribed(turn);
		}
		int length = Math.max(1, Math.min(LONGEST_PAUSE_DAYS, days.orElse(DEFAULT_PAUSE_DAYS)));
		changes.pause(turn, subscription, length);
		return true;
	}

	private boolean resume(Turn turn, Subscription subscription) {
		if (subscription == null) {
			return notSubscribed(turn);
		}
		if (subscription.pausedUntil() == null && turn.session().inStep()) {
			return false;
		}
		changes.resume(turn, subscription);
		return true;
	}

	private boolean time(Turn turn, Subscription subscription, String rest) {
		if (subscription == null) {
			return false;
		}
		if (rest.isEmpty()) {
			questions.ask(turn, TipsAsked.TIME, TipsText.ASK_TIME);
			return true;
		}
		Optional<LocalTime> time = TipAnswers.time(rest);
		time.ifPresent(chosen -> changes.time(turn, subscription, chosen));
		return time.isPresent();
	}

	private boolean cadence(Turn turn, Subscription subscription, Cadence cadence) {
		if (subscription == null) {
			return cadence == Cadence.THREE_A_WEEK && notSubscribed(turn);
		}
		changes.cadence(turn, subscription, cadence);
		return true;
	}

	private boolean update(Turn turn, Subscription subscription, String rest) {
		if (subscription == null) {
			return notSubscribed(turn);
		}
		LocalDate today = turn.message().receivedAt().atZone(engineSettings.zone()).toLocalDate();
		Optional<BabyDate> date = rest.isEmpty() ? Optional.empty() : TipAnswers.babyDate(rest, today);
		if (date.isEmpty()) {
			questions.ask(turn, TipsAsked.UPDATE, TipsText.ASK_UPDATE);
			return true;
		}
		changes.baby(turn, subscription, date.get(), today, TipsText.UPDATED);
		return true;
	}

	private boolean stop(Turn turn, Subscription subscription) {
		if (subscription == null) {
			return notSubscribed(turn);
		}
		String text = texts.text(TipsText.STOPPED, turn.language());
		changes.end(turn, Subscription.EndReason.STOPPED, turn.text(), text);
		turn.say(text);
		return true;
	}

	/**
	 * Someone without tips: told how to get them, unless a step waits, which may take the
	 * word as its answer ("less" picks three a week in the sign-up).
	 */
	private boolean notSubscribed(Turn turn) {
		if (turn.session().inStep()) {
			return false;
		}
		turn.say(texts.text(TipsText.NOT_SUBSCRIBED, turn.language()));
		return true;
	}

}
