package org.nurture.conversation.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code conversations/tests/} follows
 * {@code conversations/schema/tests.schema.json} and names it in its modeline, so editors
 * check golden conversations as they are typed.
 */
class TestsSchemaTests {

	static final Path TESTS = Path.of("conversations/tests");

	static final String MODELINE = "# yaml-language-server: $schema=../schema/tests.schema.json";

	private final JsonSchema schema = schema();

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

	@Test
	void everyTestsFileFollowsTheSchemaAndNamesIt() throws IOException {
		List<Path> files = files();
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			List<String> lines = Files.readAllLines(file);
			assertThat(lines).as(file + " starts with the modeline, then version: 1").hasSizeGreaterThan(2);
			assertThat(lines.get(0)).as(file + ":1").isEqualTo(MODELINE);
			assertThat(lines.get(1)).as(file + ":2").isEqualTo("version: 1");
			Set<ValidationMessage> problems = schema.validate(yaml.readTree(file.toFile()));
			assertThat(problems).as(file + " against tests.schema.json").isEmpty();
		}
	}

	@Test
	void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
		assertThat(problems("""
				version: 1
				conversations:
				  - name: typo
				    turns:
				      - user: hi
				        bot_contain: ["Welcome"]
				""")).isNotEmpty();
		assertThat(problems("""
				version: 2
				conversations:
				  - name: wrong version
				    turns:
				      - user: hi
				""")).isNotEmpty();
		assertThat(problems("""
				version: 1
				conversations:
				  - name: no turns
				""")).isNotEmpty();
		assertThat(problems("""
				version: 1
				conversations:
				  - name: klingon
				    language: tlh
				    turns:
				      - user: hi
				        after_minutes: -5
				""")).hasSize(2);
		assertThat(problems("""
				version: 1
				conversations:
				  - name: fine
				    language: es
				    turns:
				      - user: 2
				        after_minutes: 120
				        bot_contains: "edad"
				        bot_not_contains: [911]
				        bot_exact: ""
				        choices: []
				      - user: yes
				""")).isEmpty();
	}

	private Set<ValidationMessage> problems(String text) throws IOException {
		JsonNode node = yaml.readTree(text);
		return schema.validate(node);
	}

	private static List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(TESTS)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".yml")).sorted().toList();
		}
	}

	private static JsonSchema schema() {
		try {
			JsonNode node = new ObjectMapper().readTree(Path.of("conversations/schema/tests.schema.json").toFile());
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
