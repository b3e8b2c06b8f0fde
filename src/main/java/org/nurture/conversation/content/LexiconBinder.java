package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds {@code lexicon.yml}. */
final class LexiconBinder {

	private LexiconBinder() {
	}

	static Lexicon bind(YamlNode root) {
		Map<Language, Map<String, String>> sms = new EnumMap<>(Language.class);
		Map<Language, List<List<String>>> synonyms = new EnumMap<>(Language.class);
		root.get("lexicon").ifPresent(lexicon -> lexicon.entries().forEach((code, entry) -> Language.fromCode(code)
			.ifPresent(language -> {
				Map<String, String> replacements = new LinkedHashMap<>();
				entry.get("sms").ifPresent(words -> words.entries().forEach((word, meaning) -> replacements.put(word, meaning.text())));
				sms.put(language, replacements);
				synonyms.put(language, entry.items("synonyms").stream().map(YamlNode::texts).toList());
			})));
		return new Lexicon(sms, synonyms);
	}
}
