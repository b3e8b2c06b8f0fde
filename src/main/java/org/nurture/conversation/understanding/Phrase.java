package org.nurture.conversation.understanding;

import java.util.Map;
import java.util.Set;

import org.nurture.conversation.content.Language;

/**
 * A phrase of the content that messages are compared with (a command, a choice's label or
 * synonym), read once: folded, and its distinct terms per language.
 */
record Phrase(String folded, Map<Language, Set<String>> terms) {

	Phrase {
		terms = Map.copyOf(terms);
	}

	Set<String> terms(Language language) {
		return terms.getOrDefault(language, Set.of());
	}
}
