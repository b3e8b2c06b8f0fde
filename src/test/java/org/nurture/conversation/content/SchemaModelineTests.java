package org.nurture.conversation.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every content file tells editors which schema it follows, and that schema exists. */
class SchemaModelineTests {

	private static final Path CONVERSATIONS = Path.of("conversations");

	private static final String MODELINE = "# yaml-language-server: $schema=";

	static Stream<Path> contentFiles() throws IOException {
		try (Stream<Path> files = Files.walk(CONVERSATIONS)) {
			List<Path> yaml = files.filter(file -> file.toString().endsWith(".yml"))
				.filter(file -> !CONVERSATIONS.relativize(file).startsWith("tests"))
				.sorted()
				.toList();
			return yaml.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contentFiles")
	void aContentFileNamesItsSchemaOnItsFirstLine(Path file) throws IOException {
		String firstLine = Files.readAllLines(file).get(0);
		assertThat(firstLine).startsWith(MODELINE);

		Path schema = file.getParent().resolve(firstLine.substring(MODELINE.length()).trim()).normalize();
		String kind = file.getParent().equals(CONVERSATIONS) ? file.getFileName().toString().replace(".yml", "")
				: file.getParent().getFileName().toString();
		assertThat(schema).exists().hasFileName(kind + ".schema.json");
	}

}
