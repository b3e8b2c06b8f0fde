package org.nurture.conversation.engine;

import java.util.List;

import org.nurture.contact.Consent;
import org.nurture.conversation.content.Language;
import org.nurture.subscription.Subscription;

/**
 * Something the engine decided should happen; carried out at the edge, after the session
 * is saved.
 */
public sealed interface Effect {

	/**
	 * A compliance keyword (STOP, START, HELP and their synonyms) to record as a consent
	 * event.
	 */
	record ConsentGiven(Consent consent, String keyword) implements Effect {
	}

	/**
	 * The contact's language became known or changed: remember it beyond this
	 * conversation.
	 */
	record LanguageChosen(Language language) implements Effect {
	}

	/**
	 * A question Nurture could not answer, or one a parent left for the team: kept for
	 * the staff to read.
	 */
	record QuestionForTeam(String text, Language language) implements Effect {
	}

	/**
	 * Educators were shown to a parent: recorded for the organization's reporting with
	 * the area only (the ZIP code's first three digits or the state), never the parent's
	 * place.
	 *
	 * @param area the ZIP prefix or the state
	 * @param educatorIds the educators shown, best first (empty when none was found)
	 * @param nearby whether they were within reach, rather than online educators farther
	 * away
	 * @param sample whether any of them is sample data
	 * @param language the language the parent was answered in
	 */
	record ReferralMade(String area, List<String> educatorIds, boolean nearby, boolean sample,
			Language language) implements Effect {

		public ReferralMade {
			educatorIds = List.copyOf(educatorIds);
		}
	}

	/** A safety interrupt fired (counted, never logged with the message). */
	record SafetyInterrupt(String ruleId) implements Effect {
	}

	/**
	 * The parent's daily-tips subscription as it now is (new, changed or ended): saved in
	 * the same unit as the session, which keeps a copy.
	 */
	record SubscriptionChanged(Subscription subscription) implements Effect {
	}

	/**
	 * A step of the daily-tips consent, to record word for word: a question shown, the
	 * YES (or anything else) to the confirmation, the end of tips.
	 *
	 * @param consent what happened
	 * @param keyword which question was shown, or what the parent said
	 * @param shown the exact text the parent was shown
	 */
	record TipsConsent(Consent consent, String keyword, String shown) implements Effect {
	}

}
