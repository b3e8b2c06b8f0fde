package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.content.TipsWord;
import org.nurture.conversation.understanding.BabyDate;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.subscription.Cadence;
import org.nurture.subscription.Subscription;
import org.nurture.text.TextFolding;

/**
 * The words that manage daily tips, from anywhere in a conversation: TIPS (the sign-up,
 * or the settings), PAUSE [n days], RESUME, TIME [7pm], LESS, MORE, UPDATE [date], "stop
 * tips", and, while tips follow a due date, "the baby is born". A question TIME or UPDATE
 * asks waits for the next message ({@link TipsAsked}). Only someone with tips can change
 * them; the others hear how to get them, or the message is read as usual.
 */
final class TipsCommands {

	/** PAUSE alone pauses for a week. */
	static final int DEFAULT_PAUSE_DAYS = 7;

	/** The longest pause. */
	static final int LONGEST_PAUSE_DAYS = 90;

	/** A longer answer to a waiting question is read as usual rather than asked again. */
	private static final int RETRY_WORDS = 4;

	private final Understanding understanding;

	private final EngineSettings engineSettings;

	private final TipsTexts texts;

	private final TipsWords words;

	private final TipsChanges changes;

	private final Navigator navigator;

	private final TipsFlow flow;

	TipsCommands(Content content, Understanding understanding, EngineSettings engineSettings, TipsTexts texts,
			Navigator navigator, TipsFlow flow) {
		this.understanding = understanding;
		this.engineSettings = engineSettings;
		this.texts = texts;
		this.words = new TipsWords(content.settings().tips(), understanding);
		this.changes = new TipsChanges(texts);
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
			if (answered(turn, asked)) {
				return true;
			}
		}
		Optional<TipsWords.Said> said = words.in(turn.utterance());
		if (said.isPresent() && said(turn, said.get())) {
			return true;
		}
		if (asked != null && said.isEmpty() && !turn.text().contains("?")
				&& TextFolding.wordCount(turn.utterance().folded()) <= RETRY_WORDS) {
			turn.say(retry(asked, turn.language()));
			turn.update(turn.session().asking(asked));
			return true;
		}
		Subscription subscription = active(turn);
		return subscription != null && subscription.expecting() && words.saysBorn(turn.utterance())
				&& born(turn, subscription);
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
			case BORN -> false;
		};
	}

	private boolean answered(Turn turn, TipsAsked asked) {
		Subscription subscription = active(turn);
		if (subscription == null) {
			return false;
		}
		LocalDate today = today(turn);
		return switch (asked) {
			case TIME -> understanding.tipTime(turn.utterance()).map(time -> {
				changes.time(turn, subscription, time);
				return true;
			}).orElse(false);
			case UPDATE -> understanding.babyDate(turn.utterance(), today).map(date -> {
				changes.baby(turn, subscription, date, today, TipsText.UPDATED);
				return true;
			}).orElse(false);
			case BORN -> understanding.birthDate(turn.utterance(), today).map(date -> {
				changes.baby(turn, subscription, BabyDate.born(date), today, TipsText.BORN);
				return true;
			}).orElse(false);
		};
	}

	private boolean pause(Turn turn, Subscription subscription, String rest) {
		Optional<Integer> days = rest.isEmpty() ? Optional.of(DEFAULT_PAUSE_DAYS) : understanding.days(rest);
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
			ask(turn, TipsAsked.TIME, TipsText.ASK_TIME);
			return true;
		}
		Optional<LocalTime> time = understanding.tipTime(understanding.read(rest));
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
		LocalDate today = today(turn);
		Optional<BabyDate> date = rest.isEmpty() ? Optional.empty()
				: understanding.babyDate(understanding.read(rest), today);
		if (date.isEmpty()) {
			ask(turn, TipsAsked.UPDATE, TipsText.ASK_UPDATE);
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

	private boolean born(Turn turn, Subscription subscription) {
		LocalDate today = today(turn);
		Optional<LocalDate> date = understanding.birthDate(turn.utterance(), today);
		if (date.isEmpty()) {
			ask(turn, TipsAsked.BORN, TipsText.ASK_BORN);
			return true;
		}
		changes.baby(turn, subscription, BabyDate.born(date.get()), today, TipsText.BORN);
		return true;
	}

	private void ask(Turn turn, TipsAsked asked, TipsText question) {
		turn.say(texts.text(question, turn.language()));
		turn.update(turn.session().asking(asked));
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

	private String retry(TipsAsked asked, Language language) {
		MessageKey key = asked == TipsAsked.TIME ? MessageKey.RETRY_TIME
				: asked == TipsAsked.BORN ? MessageKey.RETRY_DATE : MessageKey.RETRY_BABY_AGE;
		return navigator.message(key, language);
	}

	/** The parent's subscription, if tips are on (paused or not). */
	private static Subscription active(Turn turn) {
		Subscription subscription = turn.session().subscription();
		return subscription != null && subscription.active() ? subscription : null;
	}

	private LocalDate today(Turn turn) {
		return turn.message().receivedAt().atZone(engineSettings.zone()).toLocalDate();
	}

}
