package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;

/**
 * An answer topic. It either answers with {@code text} or starts the flow
 * {@code startsFlow} (exactly one of the two is set). Health answers carry their
 * {@code evidence} and {@code sources}.
 */
public record Answer(String id, LocalizedText title, boolean health, Evidence evidence,
		Map<Language, List<String>> examples, Map<Language, List<String>> keywords, LocalizedText text,
		String startsFlow, List<Target> followups, List<String> sources) {

	public Answer {
		examples = Map.copyOf(examples);
		keywords = Map.copyOf(keywords);
		followups = List.copyOf(followups);
		sources = List.copyOf(sources);
	}

	public List<String> examples(Language language) {
		return examples.getOrDefault(language, List.of());
	}

	public List<String> keywords(Language language) {
		return keywords.getOrDefault(language, List.of());
	}
}
