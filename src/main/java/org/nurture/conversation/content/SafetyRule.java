package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A safety interrupt: patterns (over normalized text) per language and the reply that
 * overrides everything else.
 */
public record SafetyRule(String id, Map<Language, List<Pattern>> patterns, LocalizedText reply) {

	public SafetyRule {
		patterns = Map.copyOf(patterns);
	}
}
