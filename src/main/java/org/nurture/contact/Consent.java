package org.nurture.contact;

/** What a compliance keyword said about a contact's consent to receive messages. */
public enum Consent {

	/** STOP and its synonyms: no more messages until START. */
	OPT_OUT,
	/** START and its synonyms. */
	OPT_IN,
	/** HELP or INFO: recorded with the others, it changes nothing. */
	HELP

}
