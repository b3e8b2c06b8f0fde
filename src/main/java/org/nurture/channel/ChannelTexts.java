package org.nurture.channel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.LocalizedText;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.Settings;
import org.nurture.text.TextFolding;

/**
 * What the channels say themselves, in the content's words ({@code settings.yml}): the
 * apology when the conversation fails (in every language, since the parent's is not known
 * then), and Telegram's command menu and language picker.
 */
@Component
public final class ChannelTexts {

	private final Settings settings;

	public ChannelTexts(Content content) {
		this.settings = content.settings();
	}

	/** When Nurture could not answer: one reply per configured language. */
	public List<Reply> apology() {
		return settings.messageInEveryLanguage(MessageKey.APOLOGY).stream().map(Reply::of).toList();
	}

	/** The configured languages, the default first. */
	public List<Language> languages() {
		List<Language> languages = new ArrayList<>(settings.languages());
		languages.remove(settings.defaultLanguage());
		languages.add(0, settings.defaultLanguage());
		return languages;
	}

	/**
	 * Telegram's command menu in the language: command to what it does, in menu order.
	 */
	public Map<String, String> commands(Language language) {
		Map<String, String> commands = new LinkedHashMap<>();
		for (Map.Entry<String, LocalizedText> command : settings.telegramCommands().entrySet()) {
			commands.put(command.getKey(), command.getValue().in(language));
		}
		return commands;
	}

	/**
	 * The language a word chooses: its code ({@code es}), its name ("Español") or a word
	 * that switches to it ("spanish", "inglés"), read as messages are (case and accents
	 * aside).
	 */
	public Optional<Language> language(String word) {
		String folded = TextFolding.fold(word);
		for (Language language : settings.languages()) {
			List<String> words = new ArrayList<>(settings.languageWords().getOrDefault(language, List.of()));
			words.add(language.code());
			words.add(name(language));
			if (words.stream().map(TextFolding::fold).anyMatch(folded::equals)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	/**
	 * The language's name in its own words, which the conversation takes as switching to
	 * it.
	 */
	public String name(Language language) {
		return settings.languageNames().getOrDefault(language, language.code());
	}

	/** The language Nurture speaks until a parent's is known. */
	public Language defaultLanguage() {
		return settings.defaultLanguage();
	}

	/**
	 * "English or Spanish?" in every language, with a button per language named in its
	 * own words; a button sends its label, which switches the language.
	 */
	public Reply languagePicker() {
		String question = String.join(" / ", settings.messageInEveryLanguage(MessageKey.CHOOSE_LANGUAGE));
		List<String> names = settings.languages().stream().map(this::name).toList();
		return new Reply(question, names);
	}

}
