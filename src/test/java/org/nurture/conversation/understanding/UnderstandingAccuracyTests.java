package org.nurture.conversation.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;

/**
 * Scores understanding against realistic parent messages (typos, SMS-speak, Spanish,
 * rambling) labelled with the topic they are about, the safety rule they must trigger, or
 * {@code none} for what Nurture cannot answer. A message counts as understood when it
 * would be answered (or confirmed) on the expected topic, never on another one.
 */
class UnderstandingAccuracyTests {

	private static final double REQUIRED = 0.90;

	@Test
	void understandsAtLeastNinetyPercentOfRealisticMessages() throws IOException {
		Content content = new ContentLoader().load(Path.of("conversations"));
		Understanding understanding = Understanding.of(content);
		double threshold = content.settings().clarifyThreshold();
		List<Map<String, String>> messages = messages();
		List<String> misses = new ArrayList<>();
		for (Map<String, String> message : messages) {
			String text = message.get("text");
			String expected = message.get("expect");
			Utterance utterance = understanding.read(text);
			Language language = understanding.detectLanguage(utterance).orElse(Language.EN);
			Optional<SafetyHit> safety = understanding.safety(utterance, language);
			List<ScoredTopic> ranked = understanding.topics(utterance, language).ranked();
			String actual;
			if (safety.isPresent()) {
				actual = "safety:" + safety.get().rule().id();
			}
			else if (ranked.isEmpty() || ranked.get(0).score() < threshold) {
				actual = "none";
			}
			else {
				actual = ranked.get(0).answerId();
			}
			if (!actual.equals(expected)) {
				misses.add(String.format("%-70s expected %-22s got %s %s", '"' + text + '"', expected, actual,
						ranked.isEmpty() ? "" : ranked.subList(0, Math.min(2, ranked.size()))));
			}
		}
		double accuracy = 1.0 - (double) misses.size() / messages.size();
		System.out.printf("understanding accuracy: %.1f%% (%d of %d)%n", accuracy * 100,
				messages.size() - misses.size(), messages.size());
		misses.forEach(System.out::println);
		assertThat(messages).hasSizeGreaterThanOrEqualTo(150);
		assertThat(accuracy).as("accuracy; misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(REQUIRED);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, String>> messages() throws IOException {
		try (InputStream in = UnderstandingAccuracyTests.class.getResourceAsStream("/accuracy/messages.yml")) {
			Map<String, Object> root = new Yaml().load(in);
			return (List<Map<String, String>>) root.get("messages");
		}
	}

}
