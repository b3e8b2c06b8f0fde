package org.nurture.conversation.content;

import java.util.Locale;

/** The shared messages the engine needs; each must be present in {@code settings.yml}. */
public enum MessageKey {

	/** When nothing matched: what Nurture can do. */
	FALLBACK,
	/** Before the numbered choices when two topics are close: "Did you mean". */
	CLARIFY,
	/** When one topic is likely but not certain: "Are you asking about {topic}?". */
	CONFIRM_TOPIC,
	/** Before the first health answer of a conversation. */
	DISCLAIMER,
	/** After an answer given in the middle of a flow: how to go back to {flow}. */
	BACK_TO_FLOW,
	/** Default retries per expected answer type. */
	RETRY_CHOICE, RETRY_ZIP, RETRY_BABY_AGE, RETRY_DATE, RETRY_TIME, RETRY_YES_NO,
	/** Reply to HELP / INFO / AYUDA. */
	HELP,
	/** Confirmation of STOP and its synonyms. */
	OPTED_OUT,
	/** Confirmation of START and its synonyms. */
	OPTED_IN,
	/** Confirmation of a language switch. */
	LANGUAGE_SWITCHED,
	/** Reply to an empty message or a picture without text. */
	EMPTY_MESSAGE,
	/** Reply to a bare yes, no or OK when nothing is waiting for one. */
	ACKNOWLEDGE,
	/**
	 * When Nurture fails to answer; said in every language at once, since the parent's is
	 * not known then.
	 */
	APOLOGY,
	/**
	 * "English or Spanish?" above the buttons that choose a language; said in every
	 * language at once.
	 */
	CHOOSE_LANGUAGE;

	/** The key as written in settings.yml, e.g. {@code back_to_flow}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
