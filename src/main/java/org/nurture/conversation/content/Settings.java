package org.nurture.conversation.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content-wide settings: configured languages, understanding thresholds, navigation
 * words, shared messages and the command menu Telegram shows.
 *
 * @param answerThreshold a topic scoring at least this is answered
 * @param clarifyThreshold between this and {@code answerThreshold}, Nurture asks before
 * answering
 * @param ambiguityMargin two topics closer than this ask "Did you mean 1) ... or 2) ...?"
 * @param backWords words that return to the interrupted flow step, per language
 * @param languageWords per language, the words (in any language) that switch to it
 * @param languageNames each language's own name, on the buttons that choose it
 * @param slotValues how a parent's answers are written back into a text
 * @param telegramCommands by command ({@code start}, {@code menu}, ...), in menu order:
 * what it does
 * @param tips the words and messages that manage daily tips
 */
public record Settings(List<Language> languages, Language defaultLanguage, double answerThreshold,
		double clarifyThreshold, double ambiguityMargin, Map<Language, List<String>> backWords,
		Map<Language, List<String>> languageWords, Map<Language, String> languageNames,
		Map<MessageKey, LocalizedText> messages, Map<SlotValueText, LocalizedText> slotValues,
		Map<String, LocalizedText> telegramCommands, TipsSettings tips) {

	public Settings {
		languages = List.copyOf(languages);
		backWords = Map.copyOf(backWords);
		languageWords = Map.copyOf(languageWords);
		languageNames = Map.copyOf(languageNames);
		messages = Map.copyOf(messages);
		slotValues = Map.copyOf(slotValues);
		telegramCommands = Collections.unmodifiableMap(new LinkedHashMap<>(telegramCommands));
	}

	public String message(MessageKey key, Language language) {
		LocalizedText text = messages.get(key);
		return text == null ? "" : text.in(language);
	}

	public String slotValue(SlotValueText value, Language language) {
		LocalizedText text = slotValues.get(value);
		return text == null ? "" : text.in(language);
	}

	/**
	 * The message in every configured language, in their order: for when the parent's
	 * language is not known.
	 */
	public List<String> messageInEveryLanguage(MessageKey key) {
		return languages.stream().map(language -> message(key, language)).toList();
	}
}
