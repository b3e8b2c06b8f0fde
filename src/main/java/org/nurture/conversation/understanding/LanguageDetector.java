package org.nurture.conversation.understanding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nurture.conversation.content.Language;

/**
 * Guesses the language of a message from words that belong to only one of the content's
 * languages ("what", "how", "oil" against "que", "como", "aceite"), counting Spanish
 * letters and marks (ñ, á, ¿, ¡) as Spanish. No guess when the words tell nothing ("ok",
 * "no", "baby") or point both ways equally.
 */
final class LanguageDetector {

	private static final String SPANISH_MARKS = "ñáéíóú¿¡";

	private static final Language[] LANGUAGES = Language.values();

	/** The words that belong to one language only, each with that language. */
	private final Map<String, Language> markers = new HashMap<>();

	private final boolean spanish;

	LanguageDetector(Map<Language, Set<String>> vocabularies) {
		for (Map.Entry<Language, Set<String>> entry : vocabularies.entrySet()) {
			Set<String> own = new HashSet<>(entry.getValue());
			vocabularies.forEach((other, words) -> {
				if (other != entry.getKey()) {
					own.removeAll(words);
				}
			});
			own.removeIf(word -> word.length() < 2 || Character.isDigit(word.charAt(0)));
			own.forEach(word -> markers.put(word, entry.getKey()));
		}
		this.spanish = vocabularies.containsKey(Language.ES);
	}

	/**
	 * @param words the folded words of the message
	 */
	Optional<Language> detect(String raw, List<String> words) {
		int[] counts = new int[LANGUAGES.length];
		for (String word : words) {
			Language language = markers.get(word);
			if (language != null) {
				counts[language.ordinal()]++;
			}
		}
		if (spanish && !isAscii(raw)) {
			String lower = raw.toLowerCase(Locale.ROOT);
			for (int i = 0; i < lower.length(); i++) {
				if (SPANISH_MARKS.indexOf(lower.charAt(i)) >= 0) {
					counts[Language.ES.ordinal()]++;
					break;
				}
			}
		}
		Language best = null;
		int bestCount = 0;
		boolean tie = false;
		for (Language language : LANGUAGES) {
			int count = counts[language.ordinal()];
			if (count == 0) {
				continue;
			}
			if (count > bestCount) {
				best = language;
				bestCount = count;
				tie = false;
			}
			else if (count == bestCount) {
				tie = true;
			}
		}
		return tie ? Optional.empty() : Optional.ofNullable(best);
	}

	/** Spanish letters and marks are not ASCII: most messages need no look for them. */
	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

}
