package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.Map;

/** One user-facing text in every configured language. */
public record LocalizedText(Map<Language, String> byLanguage) {

	public LocalizedText {
		byLanguage = byLanguage.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byLanguage));
	}

	public static LocalizedText of(String en, String es) {
		return new LocalizedText(Map.of(Language.EN, en, Language.ES, es));
	}

	/**
	 * The text in the given language, or in English when it is missing (validation
	 * prevents that for configured languages).
	 */
	public String in(Language language) {
		String text = byLanguage.get(language);
		return text != null ? text : byLanguage.getOrDefault(Language.EN, "");
	}
}
