package org.nurture.conversation.understanding;

import java.util.List;
import java.util.Map;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.LocalizedText;

/**
 * One of the choices offered to a parent: its label and the other words that pick it, per
 * language.
 */
public record Option(LocalizedText label, Map<Language, List<String>> synonyms) {

	public Option {
		synonyms = Map.copyOf(synonyms);
	}
}
