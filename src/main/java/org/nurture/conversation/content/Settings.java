package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;

/**
 * The content-wide settings: configured languages, understanding thresholds, navigation words and shared messages.
 *
 * @param answerThreshold a topic scoring at least this is answered
 * @param clarifyThreshold between this and {@code answerThreshold}, Nurture asks before answering
 * @param ambiguityMargin two topics closer than this ask "Did you mean 1) ... or 2) ...?"
 * @param backWords words that return to the interrupted flow step, per language
 */
public record Settings(List<Language> languages, Language defaultLanguage, double answerThreshold,
		double clarifyThreshold, double ambiguityMargin, Map<Language, List<String>> backWords,
		Map<MessageKey, LocalizedText> messages) {

	public Settings {
		languages = List.copyOf(languages);
		backWords = Map.copyOf(backWords);
		messages = Map.copyOf(messages);
	}

	public String message(MessageKey key, Language language) {
		LocalizedText text = messages.get(key);
		return text == null ? "" : text.in(language);
	}
}
