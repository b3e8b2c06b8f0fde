package org.nurture.conversation.engine;

import org.nurture.contact.Consent;
import org.nurture.conversation.content.Language;

/** Something the engine decided should happen; carried out at the edge, after the session is saved. */
public sealed interface Effect {

	/** A compliance keyword (STOP, START, HELP and their synonyms) to record as a consent event. */
	record ConsentGiven(Consent consent, String keyword) implements Effect {
	}

	/** The contact's language became known or changed: remember it beyond this conversation. */
	record LanguageChosen(Language language) implements Effect {
	}

	/** A question Nurture could not answer, or one a parent left for the team: kept for the staff to read. */
	record QuestionForTeam(String text, Language language) implements Effect {
	}

	/** A safety interrupt fired (counted, never logged with the message). */
	record SafetyInterrupt(String ruleId) implements Effect {
	}
}
