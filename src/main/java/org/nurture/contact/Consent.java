package org.nurture.contact;

/**
 * A consent event: what a compliance keyword said about a contact's consent to receive
 * messages, or a step of the daily-tips program's opt-in.
 */
public enum Consent {

	/** STOP and its synonyms: no more messages until START. */
	OPT_OUT,
	/** START and its synonyms. */
	OPT_IN,
	/** HELP or INFO: recorded with the others, it changes nothing. */
	HELP,
	/** A question of the daily-tips sign-up was shown (the text is recorded). */
	TIPS_ASKED,
	/** The parent said YES to the daily-tips confirmation shown. */
	TIPS_YES,
	/** The parent did not say YES to the daily-tips confirmation shown. */
	TIPS_NO,
	/** Daily tips ended: STOP, "stop tips", or the loss of the baby. */
	TIPS_ENDED;

	/** Whether it changes whether the contact may be sent messages at all. */
	public boolean changesOptOut() {
		return this == OPT_OUT || this == OPT_IN;
	}

}
