package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A safety interrupt: patterns (over normalized text) per language and the reply that
 * overrides everything else.
 *
 * @param endsTips whether a message it matches ends the parent's daily tips at once (the
 * loss of a baby): no age-based tip may follow
 */
public record SafetyRule(String id, Map<Language, List<Pattern>> patterns, LocalizedText reply, boolean endsTips) {

	public SafetyRule {
		patterns = Map.copyOf(patterns);
	}

	public SafetyRule(String id, Map<Language, List<Pattern>> patterns, LocalizedText reply) {
		this(id, patterns, reply, false);
	}
}
