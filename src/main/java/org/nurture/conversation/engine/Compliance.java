package org.nurture.conversation.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.contact.Consent;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.Settings;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.subscription.Subscription;

/**
 * What comes before anything else: the carrier compliance keywords (STOP, START, HELP and
 * their synonyms), which change consent whatever the conversation was doing, and the
 * language: words that switch it ("español"), or the language a message is written in,
 * until the parent's is known.
 */
final class Compliance {

	private final Settings settings;

	private final Understanding understanding;

	private final Navigator navigator;

	private final TipsTexts tips;

	private final TipsChanges changes;

	Compliance(Settings settings, Understanding understanding, Navigator navigator, TipsTexts tips,
			TipsChanges changes) {
		this.settings = settings;
		this.understanding = understanding;
		this.navigator = navigator;
		this.tips = tips;
		this.changes = changes;
	}

	/** A compliance keyword: recorded as a consent event, and confirmed. */
	boolean keyword(Turn turn) {
		Optional<ComplianceKeyword> found = ComplianceKeyword.of(turn.text())
			.filter(keyword -> keyword.appliesTo(turn.session()))
			.filter(keyword -> !confirmsTips(keyword, turn.session()));
		if (found.isEmpty()) {
			return false;
		}
		ComplianceKeyword keyword = found.get();
		Language language = keyword.language() != null ? keyword.language() : turn.language();
		turn.effect(new Effect.ConsentGiven(keyword.consent(), keyword.word()));
		if (keyword.consent() == Consent.OPT_OUT) {
			String text = settings.message(MessageKey.OPTED_OUT, language);
			changes.end(turn, Subscription.EndReason.STOPPED, keyword.word(), text);
			turn.update(turn.session().withOptedOut(true).atStep(null, null));
			turn.say(text);
		}
		else if (keyword.consent() == Consent.OPT_IN) {
			turn.update(turn.session().withOptedOut(false));
			Subscription subscription = turn.session().subscription();
			boolean tipsStopped = tips.present() && subscription != null && !subscription.active()
					&& subscription.endReason() == Subscription.EndReason.STOPPED;
			turn.say(settings.message(MessageKey.OPTED_IN, language)
					+ (tipsStopped ? " " + tips.text(TipsText.RESTART_HINT, language) : ""));
		}
		else {
			turn.say(settings.message(MessageKey.HELP, language));
		}
		return true;
	}

	/**
	 * START (or YES) answering the daily-tips confirmation, from someone who has not
	 * opted out: the confirmation's own YES, not a keyword.
	 */
	private boolean confirmsTips(ComplianceKeyword keyword, Session session) {
		return keyword.consent() == Consent.OPT_IN && !session.optedOut() && session.inStep()
				&& navigator.currentStep(session).map(step -> step.action() == Step.Action.SUBSCRIBE).orElse(false);
	}

	/**
	 * Words that switch the language ({@code navigation.language}): said, and the waiting
	 * step asked again in it.
	 */
	boolean languageCommand(Turn turn) {
		Language chosen = chosenLanguage(turn);
		if (chosen == null) {
			return false;
		}
		turn.update(turn.session().withLanguage(chosen, true));
		turn.effect(new Effect.LanguageChosen(chosen));
		Subscription subscription = turn.session().subscription();
		if (subscription != null && subscription.active() && !subscription.language().equals(chosen.code())) {
			changes.save(turn, subscription.inLanguage(chosen.code()));
		}
		if (!turn.session().optedOut()) {
			turn.say(settings.message(MessageKey.LANGUAGE_SWITCHED, chosen));
			navigator.currentStep(turn.session())
				.ifPresent(step -> navigator.enter(turn, navigator.currentFlow(turn.session()).orElseThrow(), step));
		}
		return true;
	}

	/**
	 * Until the parent's language is known, the language the message is clearly written
	 * in becomes theirs.
	 */
	void learnLanguage(Turn turn) {
		if (turn.session().languageKnown()) {
			return;
		}
		Optional<Language> detected = understanding.detectLanguage(turn.utterance())
			.filter(settings.languages()::contains);
		if (detected.isPresent()) {
			turn.update(turn.session().withLanguage(detected.get(), true));
			turn.effect(new Effect.LanguageChosen(detected.get()));
		}
	}

	/**
	 * The configured language the message's words choose, if any; in the order of
	 * {@code settings.yml}.
	 */
	private Language chosenLanguage(Turn turn) {
		Map<Language, List<String>> words = settings.languageWords();
		for (Language language : settings.languages()) {
			if (understanding.isOneOf(turn.utterance(), words.getOrDefault(language, List.of()))) {
				return language;
			}
		}
		return null;
	}

}
