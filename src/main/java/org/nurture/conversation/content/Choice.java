package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;

/** A choice a step offers: its label, extra words that pick it, and where it leads. */
public record Choice(LocalizedText label, Map<Language, List<String>> synonyms, Target target) {

	public Choice {
		synonyms = Map.copyOf(synonyms);
	}
}
