package org.nurture.conversation.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;

/**
 * The quick screen in front of the safety patterns: what it reads from a pattern, and
 * that it never hides a match.
 */
class SafetyScreenTests {

	@Test
	void readsTheWordsAPatternStartsWith() {
		assertThat(SafetyScreen.starts("\\bkill(ing)? my ?self\\b")).contains(List.of("killing my", "kill my"));
		assertThat(SafetyScreen.starts("\\b(not|isnt|is not) breath(e|es)?\\b"))
			.contains(List.of("not breath", "isnt breath", "is not breath"));
		assertThat(SafetyScreen.starts("\\b(is|s) choking\\b")).contains(List.of("is choking", "s choking"));
		assertThat(SafetyScreen.starts("\\bi (cant|keep) (stop )?crying"))
			.contains(List.of("i cant stop crying", "i cant crying", "i keep stop crying", "i keep crying"));
		assertThat(SafetyScreen.starts("\\b(my )?baby\\b")).contains(List.of("my baby", "baby"));
		assertThat(SafetyScreen.starts("^(?!.*\\bmassage\\b).*\\bhurt\\b")).contains(List.of("hurt"));
		assertThat(SafetyScreen.starts("\\b(turn(ed|s)?|is|looks?) blue\\b"))
			.contains(List.of("turned blue", "turns blue", "turn blue", "is blue", "look"));
		assertThat(SafetyScreen.starts("\\bsuicid\\w*")).contains(List.of("suicid"));
		assertThat(SafetyScreen.starts("\\bstrokes?\\b")).contains(List.of("stroke"));
	}

	@Test
	void cannotReadOtherStartsAndThenRunsThePattern() {
		assertThat(SafetyScreen.starts("^(?=.*\\bmassage\\b).*\\bhurt\\b")).isEmpty();
		assertThat(SafetyScreen.starts("^(?!.*\\bmassage\\b)\\bhurt\\b")).isEmpty();
		assertThat(SafetyScreen.starts("\\b(my )?\\w+\\b")).isEmpty();
		assertThat(SafetyScreen.starts("\\b(?!x)abc")).isEmpty();
		assertThat(SafetyScreen.starts("\\b\\w+ dead\\b")).isEmpty();
	}

	@Test
	void onlyWordStartsCount() {
		SafetyScreen screen = new SafetyScreen(List.of("\\bsuicid\\w*|\\b(not|isnt) breathing\\b"));
		assertThat(screen.mayMatch("thinking about suicide").get(0)).isTrue();
		assertThat(screen.mayMatch("she is not breathing").get(0)).isTrue();
		assertThat(screen.mayMatch("nothing works").get(0)).isFalse();
		assertThat(screen.mayMatch("isnt breathing right").get(0)).isTrue();
		assertThat(screen.mayMatch("what oil should i use").get(0)).isFalse();
		assertThat(screen.mayMatch("cannot sleep").get(0)).isFalse();
	}

	@Test
	void aLetterOutsideAsciiBeforeAWordLeavesItAWordStartAsNewerJavasSee() {
		SafetyScreen screen = new SafetyScreen(List.of("\\bsuicid\\w*"));
		assertThat(screen.mayMatch("łsuicide").get(0)).isTrue();
		assertThat(screen.mayMatch("ßsuicidal").get(0)).isTrue();
		assertThat(screen.mayMatch("xsuicide").get(0)).isFalse();
	}

	@Test
	void tellsWhichPatternsMayMatchInOneLook() {
		SafetyScreen screen = new SafetyScreen(List.of("\\bsuicid\\w*", "\\bno (esta )?respira", "\\bkms\\b|(?=x)y"));
		assertThat(screen.mayMatch("no respira")).isEqualTo(BitSet.valueOf(new long[] { 0b110 }));
		assertThat(screen.mayMatch("suicide thoughts")).isEqualTo(BitSet.valueOf(new long[] { 0b101 }));
		assertThat(screen.mayMatch("hello")).isEqualTo(BitSet.valueOf(new long[] { 0b100 }));
	}

	@Test
	void theScreenNeverChangesTheOutcome() throws IOException {
		Content content = new ContentLoader().load(Path.of("conversations"));
		Understanding understanding = Understanding.of(content);
		List<String> messages = messages();
		assertThat(messages).hasSizeGreaterThan(500);
		int hits = 0;
		for (String text : messages) {
			Utterance utterance = understanding.read(text);
			for (Language language : Language.values()) {
				var screened = understanding.safety(utterance, language, true);
				assertThat(screened).as(text).isEqualTo(understanding.safety(utterance, language, false));
				hits += screened.isPresent() ? 1 : 0;
			}
		}
		assertThat(hits).as("safety messages among those tried").isGreaterThan(40);
	}

	/** Every message of the accuracy set and of the golden conversations. */
	@SuppressWarnings("unchecked")
	private static List<String> messages() throws IOException {
		List<String> messages = new ArrayList<>();
		try (InputStream in = SafetyScreenTests.class.getResourceAsStream("/accuracy/messages.yml")) {
			Map<String, Object> root = new Yaml().load(in);
			((List<Map<String, String>>) root.get("messages")).forEach(message -> messages.add(message.get("text")));
		}
		try (Stream<Path> files = Files.list(Path.of("conversations/tests"))) {
			for (Path file : files.toList()) {
				for (String line : Files.readAllLines(file)) {
					String trimmed = line.strip();
					if (trimmed.startsWith("- user:")) {
						messages.add(trimmed.substring("- user:".length()).strip().replaceAll("^\"|\"$", ""));
					}
				}
			}
		}
		return messages;
	}

}
