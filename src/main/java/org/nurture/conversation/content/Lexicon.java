package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;

/** Per language: SMS-speak replacements (word or phrase to its meaning) and synonym groups (first word canonical). */
public record Lexicon(Map<Language, Map<String, String>> sms, Map<Language, List<List<String>>> synonyms) {

	public Lexicon {
		sms = Map.copyOf(sms);
		synonyms = Map.copyOf(synonyms);
	}

	public Map<String, String> sms(Language language) {
		return sms.getOrDefault(language, Map.of());
	}

	public List<List<String>> synonyms(Language language) {
		return synonyms.getOrDefault(language, List.of());
	}
}
