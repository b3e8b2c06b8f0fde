package org.nurture.conversation.engine;

import java.util.List;
import java.util.Optional;

import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.Settings;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.understanding.ScoredTopic;
import org.nurture.conversation.understanding.Understanding;

/**
 * Answer topics from anywhere, and the fallback: a clear topic is answered; two close
 * ones ask "Did you mean"; a likely one asks "Are you asking about ...?"; nothing likely
 * says what Nurture can do, keeping the question for the team. A bare yes or no, with
 * nothing waiting for one, is acknowledged.
 */
final class Topics {

	private final Content content;

	private final Settings settings;

	private final Understanding understanding;

	private final Navigator navigator;

	Topics(Content content, Understanding understanding, Navigator navigator) {
		this.content = content;
		this.settings = content.settings();
		this.understanding = understanding;
		this.navigator = navigator;
	}

	/** A bare yes, no or OK when nothing is waiting for one. */
	boolean acknowledged(Turn turn) {
		if (understanding.yesNo(turn.utterance()).isEmpty()) {
			return false;
		}
		turn.say(settings.message(MessageKey.ACKNOWLEDGE, turn.language()));
		return true;
	}

	/** The topics the message may be about, best first. */
	List<ScoredTopic> ranked(Turn turn) {
		return understanding.topics(turn.utterance(), turn.language()).ranked();
	}

	/**
	 * The topic, if one is likely enough to answer, ask about or offer; false when none
	 * is.
	 */
	boolean answer(Turn turn, List<ScoredTopic> ranked) {
		if (ranked.isEmpty() || ranked.get(0).score() < settings.clarifyThreshold()) {
			return false;
		}
		ScoredTopic best = ranked.get(0);
		adoptLanguageOf(turn, best);
		ScoredTopic second = ranked.size() > 1 ? ranked.get(1) : null;
		boolean close = second != null && second.score() >= settings.clarifyThreshold()
				&& best.score() - second.score() < settings.ambiguityMargin();
		if (close) {
			List<Target> options = List.of(new Target.Answer(best.answerId()), new Target.Answer(second.answerId()));
			turn.update(turn.session().offering(options));
			turn.say(settings.message(MessageKey.CLARIFY, turn.language()), navigator.labels(options, turn.language()));
		}
		else if (best.score() >= settings.answerThreshold()) {
			content.answer(best.answerId()).ifPresent(answer -> navigator.answer(turn, answer));
		}
		else {
			Target guess = new Target.Answer(best.answerId());
			String topic = navigator.label(guess).in(turn.language()).replaceAll("[?¿!¡.]+", "").strip();
			turn.effect(new Effect.QuestionForTeam(turn.text(), turn.language()));
			turn.update(turn.session().confirming(best.answerId()).offering(List.of(guess)));
			turn.say(settings.message(MessageKey.CONFIRM_TOPIC, turn.language()).replace("{topic}", topic),
					List.of(topic));
		}
		return true;
	}

	/** The topic the message is clearly about, if any. */
	Optional<ScoredTopic> clear(Turn turn) {
		List<ScoredTopic> ranked = ranked(turn);
		return ranked.isEmpty() || ranked.get(0).score() < settings.answerThreshold() ? Optional.empty()
				: Optional.of(ranked.get(0));
	}

	/**
	 * Says what Nurture can do, keeping the question (when there is one) for the team.
	 */
	void fallBack(Turn turn, String question) {
		Language language = turn.language();
		if (question != null) {
			turn.effect(new Effect.QuestionForTeam(question, language));
		}
		List<Target> back = navigator.currentStep(turn.session()).isPresent()
				? List.of(new Target.Step(turn.session().stepId())) : List.of();
		if (!back.isEmpty()) {
			turn.update(turn.session().interrupted(true));
		}
		turn.update(turn.session().offering(back));
		turn.say(settings.message(MessageKey.FALLBACK, language), navigator.labels(back, language));
	}

	/**
	 * Until a language is known, the language of a clearly matched topic is the best
	 * guess.
	 */
	private void adoptLanguageOf(Turn turn, ScoredTopic topic) {
		if (!turn.session().languageKnown() && topic.language() != null && topic.score() >= settings.answerThreshold()
				&& settings.languages().contains(topic.language())) {
			turn.update(turn.session().withLanguage(topic.language(), false));
		}
	}

}
