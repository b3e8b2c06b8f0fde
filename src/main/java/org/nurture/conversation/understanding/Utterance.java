package org.nurture.conversation.understanding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.nurture.conversation.content.Language;

/**
 * A message as read once by {@link Understanding#read}: the raw text, its folded form, and per language its words
 * (SMS-speak expanded) and terms (synonyms, spelling and stems applied). Immutable.
 */
public final class Utterance {

	private final String raw;

	private final String folded;

	private final Map<Language, List<String>> words;

	private final Map<Language, List<String>> terms;

	Utterance(String raw, String folded, Map<Language, List<String>> words, Map<Language, List<String>> terms) {
		this.raw = raw;
		this.folded = folded;
		this.words = new EnumMap<>(words);
		this.terms = new EnumMap<>(terms);
	}

	/** The message as the parent wrote it. */
	public String raw() {
		return raw;
	}

	/** Lower case, no accents, no punctuation: see {@link TextFolding}. */
	public String folded() {
		return folded;
	}

	List<String> words(Language language) {
		return words.getOrDefault(language, List.of());
	}

	List<String> terms(Language language) {
		return terms.getOrDefault(language, List.of());
	}

	@Override
	public String toString() {
		return "Utterance[" + folded + " " + terms + "]";
	}
}
