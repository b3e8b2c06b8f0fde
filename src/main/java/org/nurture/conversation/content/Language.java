package org.nurture.conversation.content;

import java.util.Locale;
import java.util.Optional;

/** A language Nurture speaks. Content carries every text in each configured language. */
public enum Language {

	EN("en"), ES("es");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<Language> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.trim().toLowerCase(Locale.ROOT);
		for (Language language : values()) {
			if (language.code.equals(wanted)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
