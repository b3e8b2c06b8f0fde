package org.nurture.conversation.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nurture.contact.Consent;
import org.nurture.conversation.content.Language;

/**
 * The carrier compliance keywords, recognised as Twilio does: the whole message is the
 * single word, in any case. "How do I stop my baby crying" is a question, never an
 * opt-out.
 *
 * @param consent what the keyword says
 * @param word the keyword as recognised, upper case
 * @param language the language the keyword belongs to, when it tells (PARAR is Spanish;
 * STOP tells nothing)
 */
record ComplianceKeyword(Consent consent, String word, Language language) {

	private static final Map<String, ComplianceKeyword> KEYWORDS = Map.ofEntries(optOut("STOP", null),
			optOut("STOPALL", null), optOut("UNSUBSCRIBE", null), optOut("CANCEL", null), optOut("END", null),
			optOut("QUIT", null), optOut("REVOKE", null), optOut("OPTOUT", null), optOut("PARAR", Language.ES),
			optOut("ALTO", Language.ES), optOut("CANCELAR", Language.ES), entry(Consent.OPT_IN, "START", null),
			entry(Consent.OPT_IN, "UNSTOP", null), entry(Consent.OPT_IN, "YES", null),
			entry(Consent.HELP, "HELP", null), entry(Consent.HELP, "INFO", null),
			entry(Consent.HELP, "AYUDA", Language.ES));

	/**
	 * The length of the longest keyword (UNSUBSCRIBE): a longer message is none, so it is
	 * not upper-cased to look it up. Upper case is never shorter than lower case.
	 */
	private static final int LONGEST = KEYWORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

	/**
	 * What may follow the keyword: punctuation and white space (as the regex {@code \s}
	 * has it).
	 */
	private static final String TRAILING = ".!¡?¿ \t\n\u000B\f\r";

	/**
	 * The keyword the whole message is, ignoring case, surrounding spaces and trailing
	 * punctuation.
	 */
	static Optional<ComplianceKeyword> of(String text) {
		String stripped = text.strip();
		int end = stripped.length();
		while (end > 0 && TRAILING.indexOf(stripped.charAt(end - 1)) >= 0) {
			end--;
		}
		if (end > LONGEST) {
			return Optional.empty();
		}
		return Optional.ofNullable(KEYWORDS.get(stripped.substring(0, end).toUpperCase(Locale.ROOT)));
	}

	/** YES opts in only someone who opted out; otherwise it is an ordinary answer. */
	boolean appliesTo(Session session) {
		return !"YES".equals(word) || session.optedOut();
	}

	private static Map.Entry<String, ComplianceKeyword> optOut(String word, Language language) {
		return entry(Consent.OPT_OUT, word, language);
	}

	private static Map.Entry<String, ComplianceKeyword> entry(Consent consent, String word, Language language) {
		return Map.entry(word, new ComplianceKeyword(consent, word, language));
	}
}
