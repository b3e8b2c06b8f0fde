package org.nurture.conversation.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.nurture.conversation.content.ContentProblemsException;
import org.nurture.conversation.content.Language;

/**
 * The loader of {@code conversations/tests/*.yml}: the format, the line of each turn, and
 * the errors it reports.
 */
class GoldenConversationLoaderTests {

	@TempDir
	Path content;

	@Test
	void readsConversationsWithTheLineOfEachTurn() throws IOException {
		write("welcome.yml", """
				# yaml-language-server: $schema=../schema/tests.schema.json
				version: 1
				conversations:
				  - name: hello and oils
				    language: es
				    turns:
				      - user: hola
				        bot_contains: ["Hola"]
				      - user: 2
				        bot_contains: "edad"
				        bot_not_contains: [911]
				      - user: si
				        after_minutes: 120
				        bot_exact: ""
				        choices: []
				      - user: no
				        choices: ["Uno", "Dos"]
				""");
		List<GoldenConversation> conversations = GoldenConversations.load(content.resolve("tests"));
		assertThat(conversations).hasSize(1);
		GoldenConversation conversation = conversations.get(0);
		assertThat(conversation.name()).isEqualTo("hello and oils");
		assertThat(conversation.language()).isEqualTo(Language.ES);
		assertThat(conversation.file()).endsWith("tests/welcome.yml".replace('/', java.io.File.separatorChar));
		assertThat(conversation.turns()).extracting(GoldenTurn::user).containsExactly("hola", "2", "si", "no");
		assertThat(conversation.turns()).extracting(GoldenTurn::line).containsExactly(7, 9, 12, 16);
		GoldenTurn second = conversation.turns().get(1);
		assertThat(second.botContains()).containsExactly("edad");
		assertThat(second.botNotContains()).containsExactly("911");
		assertThat(second.botExact()).isNull();
		assertThat(second.choices()).isNull();
		GoldenTurn third = conversation.turns().get(2);
		assertThat(third.afterMinutes()).isEqualTo(120);
		assertThat(third.botExact()).isEmpty();
		assertThat(third.choices()).isEmpty();
		assertThat(conversation.turns().get(3).choices()).containsExactly("Uno", "Dos");
	}

	@Test
	void aMalformedFileFailsWithFileAndLine() throws IOException {
		write("broken.yml", """
				version: 1
				conversations:
				  - name: typo in a key
				    turns:
				      - user: hi
				        bot_contain: ["Welcome"]
				      - user: later
				        after_minutes: soon
				  - name: no turns
				""");
		assertThatThrownBy(() -> GoldenConversations.load(content.resolve("tests")))
			.isInstanceOf(ContentProblemsException.class)
			.hasMessageContaining(
					"tests/broken.yml:6:9 unknown key 'bot_contain' in a turn; did you mean 'bot_contains'?")
			.hasMessageContaining("tests/broken.yml:8:24 'after_minutes' must be a whole number")
			.hasMessageContaining("tests/broken.yml:9:5 conversation 'no turns' has no 'turns'");
	}

	@Test
	void aYamlSyntaxErrorFailsWithFileAndLine() throws IOException {
		write("syntax.yml", """
				version: 1
				conversations:
				  - name: unquoted colon
				    turns:
				      - user: note: this breaks
				""");
		assertThatThrownBy(() -> GoldenConversations.load(content.resolve("tests")))
			.isInstanceOf(ContentProblemsException.class)
			.hasMessageContaining("tests/syntax.yml:5:");
	}

	@Test
	void namesAreUniqueAcrossFiles() throws IOException {
		String conversation = """
				version: 1
				conversations:
				  - name: same name
				    turns:
				      - user: hi
				""";
		write("a.yml", conversation);
		write("b.yml", conversation);
		assertThatThrownBy(() -> GoldenConversations.load(content.resolve("tests")))
			.hasMessageContaining("tests/b.yml:3:11 duplicate conversation name 'same name' (first in tests/a.yml:3)");
	}

	@Test
	void theVersionAndTheLanguageAreChecked() throws IOException {
		write("v.yml", """
				version: 2
				conversations:
				  - name: klingon
				    language: tlh
				    turns:
				      - user: hi
				""");
		assertThatThrownBy(() -> GoldenConversations.load(content.resolve("tests")))
			.hasMessageContaining("tests/v.yml:1:10 unknown version '2'")
			.hasMessageContaining("tests/v.yml:4:15 unknown language 'tlh'");
	}

	private void write(String name, String text) throws IOException {
		Path tests = Files.createDirectories(content.resolve("tests"));
		Files.writeString(tests.resolve(name), text);
	}

}
