package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words and messages of daily tips ({@code tips} in {@code settings.yml}); empty when
 * the content has none, and then nothing manages tips.
 *
 * @param words per word, the phrases per language
 * @param texts the messages
 */
public record TipsSettings(Map<TipsWord, Map<Language, List<String>>> words, Map<TipsText, LocalizedText> texts) {

	/** No tips section. */
	public static final TipsSettings NONE = new TipsSettings(Map.of(), Map.of());

	public TipsSettings {
		words = words.isEmpty() ? Map.of() : new EnumMap<>(words);
		texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
	}

	public boolean present() {
		return !texts.isEmpty();
	}

	public List<String> words(TipsWord word, Language language) {
		return words.getOrDefault(word, Map.of()).getOrDefault(language, List.of());
	}

	public String text(TipsText text, Language language) {
		LocalizedText localized = texts.get(text);
		return localized == null ? "" : localized.in(language);
	}

}
