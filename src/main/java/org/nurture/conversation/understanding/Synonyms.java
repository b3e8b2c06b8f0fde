package org.nurture.conversation.understanding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.nurture.text.TextFolding;

/**
 * A language's synonym groups ({@code synonyms} in the lexicon): every word, stem and
 * phrase of a group reads as the group's term, its first word.
 */
final class Synonyms {

	/** The longest phrase looked for, in words. */
	private static final int LONGEST_PHRASE = 4;

	/** Shorter stems are too likely to belong to unrelated words to stand for a group. */
	private static final int SHORTEST_GROUP_STEM = 4;

	private final Map<String, String> phrases = new HashMap<>();

	private final Map<String, String> words = new HashMap<>();

	private final Map<String, String> stems = new HashMap<>();

	/**
	 * The first words of the phrases: a phrase is looked up only where one of these
	 * starts, rather than joining every run of words.
	 */
	private final Set<String> phraseStarts = new HashSet<>();

	Synonyms(List<List<String>> groups, UnaryOperator<String> stemmer) {
		for (List<String> group : groups) {
			String term = group.isEmpty() ? null : termOfGroup(TextFolding.fold(group.get(0)));
			for (String member : group) {
				String folded = TextFolding.fold(member);
				if (folded.indexOf(' ') > 0) {
					phrases.putIfAbsent(folded, term);
					int space = folded.indexOf(' ');
					phraseStarts.add(folded.substring(0, space));
				}
				else {
					words.putIfAbsent(folded, term);
					String stem = stemmer.apply(folded);
					if (stem.length() >= SHORTEST_GROUP_STEM) {
						stems.putIfAbsent(stem, term);
					}
				}
			}
		}
	}

	/** The single words of the groups. */
	Set<String> words() {
		return words.keySet();
	}

	/** The term of a single word of a group, or null. */
	String ofWord(String word) {
		return words.get(word);
	}

	/** The term of a group one of whose words has this stem, or null. */
	String ofStem(String stem) {
		return stems.get(stem);
	}

	/**
	 * The phrase of a group that starts at {@code at}, if any: its term is added to
	 * {@code terms}, and its length in words returned (0 for none).
	 */
	int phraseAt(List<String> words, int at, List<String> terms) {
		if (!phraseStarts.contains(words.get(at))) {
			return 0;
		}
		for (int length = Math.min(LONGEST_PHRASE, words.size() - at); length >= 2; length--) {
			String phrase = String.join(" ", words.subList(at, at + length));
			String term = phrases.get(phrase);
			if (term != null) {
				terms.add(term);
				return length;
			}
		}
		return 0;
	}

	/**
	 * A group's term is its first word as written (not its stem), so that it never meets
	 * the stem of an unrelated word: Spanish "como" (how) and "comer" (to eat) share the
	 * stem "com".
	 */
	private static String termOfGroup(String first) {
		return first.replace(' ', '_');
	}

}
