package org.nurture.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nurture.channel.ChannelTexts;
import org.nurture.channel.telegram.TelegramCommands.Command;
import org.nurture.channel.telegram.TelegramCommands.EngineText;
import org.nurture.channel.telegram.TelegramCommands.Translation;
import org.nurture.contact.Channel;
import org.nurture.contact.Contact;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;

class TelegramCommandsTests {

	static final ChannelTexts TEXTS = new ChannelTexts(new ContentLoader().load(Path.of("conversations")));

	static final TelegramCommands COMMANDS = new TelegramCommands(TEXTS);

	static final Contact KNOWN = new Contact(UUID.randomUUID(), Channel.TELEGRAM, "42", "en", false);

	static final Contact STOPPED = new Contact(UUID.randomUUID(), Channel.TELEGRAM, "42", "en", true);

	@Test
	void commandsAreReadWithOrWithoutTheBotsNameAndWithTheirArgument() {
		assertThat(TelegramCommands.parse("/start")).contains(new Command("start", ""));
		assertThat(TelegramCommands.parse("/Start@NurtureBot find_a_class"))
			.contains(new Command("start", "find_a_class"));
		assertThat(TelegramCommands.parse("/language es")).contains(new Command("language", "es"));
		assertThat(TelegramCommands.parse("what about /start")).isEmpty();
		assertThat(TelegramCommands.parse("/")).isEmpty();
	}

	@Test
	void startGreetsANewcomerWithTheMenu() {
		assertThat(texts(COMMANDS.translate(new Command("start", ""), null, "en")))
			.containsExactly(EngineText.said("menu"));
	}

	@Test
	void startGreetsANewcomerWhoseAppIsInSpanishInSpanishWithoutSayingSo() {
		assertThat(texts(COMMANDS.translate(new Command("start", ""), null, "es-MX")))
			.containsExactly(new EngineText("Español", true), EngineText.said("menu"));
		assertThat(texts(COMMANDS.translate(new Command("start", ""), KNOWN, "es")))
			.as("a language already chosen stays")
			.containsExactly(EngineText.said("menu"));
	}

	@Test
	void startBringsBackSomeoneWhoStopped() {
		assertThat(texts(COMMANDS.translate(new Command("start", "es"), STOPPED, "en")))
			.containsExactly(EngineText.said("START"));
	}

	@Test
	void aDeepLinkParameterChoosesTheLanguageOrIsAskedAsAQuestion() {
		assertThat(texts(COMMANDS.translate(new Command("start", "es"), null, "en")))
			.containsExactly(new EngineText("Español", true), EngineText.said("menu"));
		assertThat(texts(COMMANDS.translate(new Command("start", "find_a_class"), KNOWN, "en")))
			.containsExactly(EngineText.said("find a class"));
	}

	@Test
	void helpStopMenuAndLanguageAreWhatAParentCouldType() {
		assertThat(texts(COMMANDS.translate(new Command("help", ""), KNOWN, null)))
			.containsExactly(EngineText.said("HELP"));
		assertThat(texts(COMMANDS.translate(new Command("stop", ""), KNOWN, null)))
			.containsExactly(EngineText.said("STOP"));
		assertThat(texts(COMMANDS.translate(new Command("menu", ""), KNOWN, null)))
			.containsExactly(EngineText.said("menu"));
		assertThat(texts(COMMANDS.translate(new Command("language", "Spanish"), KNOWN, null)))
			.containsExactly(EngineText.said("Español"));
		assertThat(texts(COMMANDS.translate(new Command("oils", ""), KNOWN, null)))
			.as("an unknown command is read as its words")
			.containsExactly(EngineText.said("oils"));
	}

	@Test
	void aBareLanguageCommandOffersBothLanguagesAsButtons() {
		Translation translation = COMMANDS.translate(new Command("language", ""), KNOWN, null);
		assertThat(translation.texts()).isEmpty();
		assertThat(translation.localReply().choices()).containsExactly("English", "Español");
	}

	@Test
	void theMenuIsTheContentsInEachLanguage() {
		assertThat(COMMANDS.menu(Language.ES)).extracting(command -> command.getCommand())
			.containsExactly("start", "menu", "tips", "help", "language", "stop");
		assertThat(COMMANDS.menu(Language.ES).get(1).getDescription()).isEqualTo("Ver los temas");
		assertThat(COMMANDS.menu(Language.EN).get(1).getDescription()).isEqualTo("See the topics");
	}

	@Test
	void aLanguageIsChosenByItsCodeItsNameOrAWordThatSwitchesToIt() {
		for (String word : List.of("es", "ES", "Español", "espanol", "spanish", "castellano")) {
			assertThat(TEXTS.language(word)).as(word).contains(Language.ES);
		}
		for (String word : List.of("en", "English", "inglés", "ingles")) {
			assertThat(TEXTS.language(word)).as(word).contains(Language.EN);
		}
		assertThat(TEXTS.language("french")).isEmpty();
	}

	private static List<EngineText> texts(Translation translation) {
		return translation.texts();
	}

}
