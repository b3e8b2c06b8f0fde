package org.nurture.conversation.understanding;

import java.util.List;

import org.nurture.conversation.content.Lexicon;
import org.nurture.conversation.content.WordList;

/**
 * "Please" before, and "please" or "thanks" after, a command ("en español por favor",
 * "please english"): the lexicon's {@code politeness} words, in every language at once.
 */
final class Politeness {

	private final List<String> before;

	private final List<String> after;

	Politeness(Lexicon lexicon) {
		this.before = lexicon.words(WordList.POLITE_BEFORE);
		this.after = lexicon.words(WordList.POLITE_AFTER);
	}

	/**
	 * The folded text without one "please" before it and one "please" or "thanks" after
	 * it.
	 */
	String strip(String folded) {
		int from = 0;
		for (String polite : before) {
			if (startsWithWord(folded, polite)) {
				from = polite.length() + 1;
				break;
			}
		}
		int to = folded.length();
		for (String polite : after) {
			if (to - polite.length() - 1 >= from && YesNo.endsWithWord(folded, polite)) {
				to -= polite.length() + 1;
				break;
			}
		}
		return folded.substring(from, to).strip();
	}

	/**
	 * Whether the text starts with the word (or words) followed by a space, without
	 * building that text.
	 */
	private static boolean startsWithWord(String text, String word) {
		return text.length() > word.length() && text.startsWith(word) && text.charAt(word.length()) == ' ';
	}

}
