package org.nurture.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nurture.channel.ChannelTexts;
import org.nurture.contact.Contact;
import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Language;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The bot's commands, translated into what a parent could have typed, so the engine needs
 * to know nothing of them: {@code /menu} is "menu", {@code /help} HELP, {@code /stop}
 * STOP, {@code /language es} "español". {@code /start} greets a newcomer with the menu
 * (in Spanish when their Telegram app is in Spanish, or when the deep link says
 * {@code es}), brings back someone who said STOP (it is START), and a deep-link parameter
 * of other words ({@code ?start=find_a_class}) is asked as a question. Any other command
 * is read as the words after its slash.
 */
final class TelegramCommands {

	private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\\s+(.*))?$",
			Pattern.DOTALL);

	private static final Pattern DEEP_LINK_WORDS = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final ChannelTexts texts;

	TelegramCommands(ChannelTexts texts) {
		this.texts = texts;
	}

	/**
	 * The command menu Telegram shows in the language ({@code settings.yml},
	 * {@code telegram.commands}).
	 */
	List<BotCommand> menu(Language language) {
		List<BotCommand> menu = new ArrayList<>();
		texts.commands(language).forEach((name, description) -> menu.add(new BotCommand(name, description)));
		return menu;
	}

	/**
	 * One text for the engine. A quiet one sets something up (the language for a
	 * newcomer) and its replies are not sent, since the parent did not ask for it.
	 */
	record EngineText(String text, boolean quiet) {

		static EngineText said(String text) {
			return new EngineText(text, false);
		}
	}

	/**
	 * What the parent's message asks the engine, or the picker reply for a bare
	 * {@code /language}.
	 */
	record Translation(List<EngineText> texts, Reply localReply) {

		static Translation of(EngineText... texts) {
			return new Translation(List.of(texts), null);
		}
	}

	/**
	 * The command a message is, when it starts with a slash (with or without the bot's
	 * name after it).
	 */
	static Optional<Command> parse(String text) {
		Matcher matcher = COMMAND.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String argument = matcher.group(2) == null ? "" : matcher.group(2).strip();
		return Optional.of(new Command(matcher.group(1).toLowerCase(Locale.ROOT), argument));
	}

	/**
	 * @param contact the contact as known before this message, or null for a newcomer
	 * @param appLanguage the language of the parent's Telegram app
	 * ({@code from.language_code}), or null
	 */
	Translation translate(Command command, Contact contact, String appLanguage) {
		switch (command.name()) {
			case "start":
				return start(command.argument(), contact, appLanguage);
			case "help":
				return Translation.of(EngineText.said("HELP"));
			case "stop":
				return Translation.of(EngineText.said("STOP"));
			case "menu":
				return Translation.of(EngineText.said("menu"));
			case "language":
				String chosen = language(command.argument());
				return chosen == null ? new Translation(List.of(), texts.languagePicker())
						: Translation.of(EngineText.said(chosen));
			default:
				return Translation
					.of(EngineText.said((command.name().replace('_', ' ') + " " + command.argument()).strip()));
		}
	}

	private Translation start(String argument, Contact contact, String appLanguage) {
		boolean optedOut = contact != null && contact.optedOut();
		String linkLanguage = argument.isEmpty() ? null : language(argument);
		if (optedOut) {
			return Translation.of(EngineText.said("START"));
		}
		if (linkLanguage != null) {
			return Translation.of(new EngineText(linkLanguage, true), EngineText.said("menu"));
		}
		if (!argument.isEmpty() && DEEP_LINK_WORDS.matcher(argument).matches()) {
			return Translation.of(EngineText.said(argument.replace('_', ' ').replace('-', ' ')));
		}
		boolean languageKnown = contact != null && contact.language() != null;
		Optional<Language> app = appLanguage == null ? Optional.empty()
				: texts.language(appLanguage.split("-")[0]).filter(language -> language != texts.defaultLanguage());
		if (!languageKnown && app.isPresent()) {
			return Translation.of(new EngineText(texts.name(app.get()), true), EngineText.said("menu"));
		}
		return Translation.of(EngineText.said("menu"));
	}

	/**
	 * The engine's language command for a code or a word that chooses a language, or
	 * null.
	 */
	private String language(String argument) {
		return texts.language(argument.strip()).map(texts::name).orElse(null);
	}

	/** A command and what follows it, e.g. {@code start} and a deep-link parameter. */
	record Command(String name, String argument) {
	}

}
