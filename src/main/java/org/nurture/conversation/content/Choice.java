package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;

/**
 * A choice a step offers: its label, extra words that pick it, and where it leads; or,
 * when its step saves the choice in a slot, the value it saves (the step's {@code next}
 * then leads on).
 *
 * @param target where it leads, or null when it saves a value
 * @param value the value saved in its step's slot, or null when it leads somewhere
 */
public record Choice(LocalizedText label, Map<Language, List<String>> synonyms, Target target, String value) {

	public Choice {
		synonyms = Map.copyOf(synonyms);
	}

	public Choice(LocalizedText label, Map<Language, List<String>> synonyms, Target target) {
		this(label, synonyms, target, null);
	}
}
