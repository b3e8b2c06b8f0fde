package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words understanding uses, per language: SMS-speak replacements (word or phrase to
 * its meaning), synonym groups (first word canonical), and the {@link WordList}s
 * (stopwords, greetings, politeness, yes and no, place words).
 */
public record Lexicon(Map<Language, Map<String, String>> sms, Map<Language, List<List<String>>> synonyms,
		Map<Language, Map<WordList, List<String>>> words) {

	public Lexicon {
		sms = Map.copyOf(sms);
		synonyms = Map.copyOf(synonyms);
		Map<Language, Map<WordList, List<String>>> copy = new EnumMap<>(Language.class);
		words.forEach((language, lists) -> copy.put(language, Map.copyOf(lists)));
		words = Map.copyOf(copy);
	}

	public Map<String, String> sms(Language language) {
		return sms.getOrDefault(language, Map.of());
	}

	public List<List<String>> synonyms(Language language) {
		return synonyms.getOrDefault(language, List.of());
	}

	/** The list's words in the language, folded. */
	public List<String> words(WordList list, Language language) {
		return words.getOrDefault(language, Map.of()).getOrDefault(list, List.of());
	}

	/**
	 * The list's words in every language, folded, each once: in language order, then as
	 * written.
	 */
	public List<String> words(WordList list) {
		Set<String> all = new LinkedHashSet<>();
		for (Language language : Language.values()) {
			all.addAll(words(list, language));
		}
		return new ArrayList<>(all);
	}
}
