package org.nurture.conversation.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.contact.Consent;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.Settings;
import org.nurture.conversation.understanding.Understanding;

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

	Compliance(Settings settings, Understanding understanding, Navigator navigator) {
		this.settings = settings;
		this.understanding = understanding;
		this.navigator = navigator;
	}

	/** A compliance keyword: recorded as a consent event, and confirmed. */
	boolean keyword(Turn turn) {
		Optional<ComplianceKeyword> found = ComplianceKeyword.of(turn.text())
			.filter(keyword -> keyword.appliesTo(turn.session()));
		if (found.isEmpty()) {
			return false;
		}
		ComplianceKeyword keyword = found.get();
		Language language = keyword.language() != null ? keyword.language() : turn.language();
		turn.effect(new Effect.ConsentGiven(keyword.consent(), keyword.word()));
		if (keyword.consent() == Consent.OPT_OUT) {
			turn.update(turn.session().withOptedOut(true).atStep(null, null));
			turn.say(settings.message(MessageKey.OPTED_OUT, language));
		}
		else if (keyword.consent() == Consent.OPT_IN) {
			turn.update(turn.session().withOptedOut(false));
			turn.say(settings.message(MessageKey.OPTED_IN, language));
		}
		else {
			turn.say(settings.message(MessageKey.HELP, language));
		}
		return true;
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
