package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nurture.text.EditDistance;

/**
 * Corrects a misspelled word to a word the content knows: one edit away (a letter added,
 * dropped, changed, or two swapped) for words of four letters or more, two edits for
 * words of nine or more. The first letter must stay (parents rarely get it wrong, and it
 * keeps "mother" from becoming "other"), and only a single best candidate is taken. The
 * {@link LanguageAnalyzer} remembers the terms of the words it corrects.
 */
final class Spelling {

	static final Spelling NONE = new Spelling(Set.of());

	private static final int MIN_LENGTH = 5;

	private static final int TWO_EDITS_LENGTH = 9;

	private final Set<String> known;

	private final Map<Character, List<String>> byFirstLetter = new HashMap<>();

	Spelling(Set<String> known) {
		this.known = Set.copyOf(known);
		for (String word : this.known) {
			if (word.length() >= MIN_LENGTH - 1 && word.indexOf(' ') < 0) {
				byFirstLetter.computeIfAbsent(word.charAt(0), letter -> new ArrayList<>()).add(word);
			}
		}
		byFirstLetter.values().forEach(words -> words.sort(null));
	}

	boolean knows(String word) {
		return known.contains(word);
	}

	/**
	 * The known word meant, or null when there is none or more than one equally close.
	 */
	String correct(String word) {
		if (word.length() < MIN_LENGTH || !Character.isLetter(word.charAt(0))) {
			return null;
		}
		return closest(word).orElse(null);
	}

	private Optional<String> closest(String word) {
		int allowed = word.length() >= TWO_EDITS_LENGTH ? 2 : 1;
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		boolean tie = false;
		for (String candidate : byFirstLetter.getOrDefault(word.charAt(0), List.of())) {
			if (Math.abs(candidate.length() - word.length()) > allowed) {
				continue;
			}
			int distance = EditDistance.between(word, candidate, allowed);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
				tie = false;
			}
			else if (distance == bestDistance) {
				tie = true;
			}
		}
		return bestDistance <= allowed && !tie ? Optional.of(best) : Optional.empty();
	}

}
