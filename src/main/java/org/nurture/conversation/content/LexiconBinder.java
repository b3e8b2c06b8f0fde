package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.text.TextFolding;

/** Binds {@code lexicon.yml}. */
final class LexiconBinder {

	private LexiconBinder() {
	}

	static Lexicon bind(YamlNode root) {
		Map<Language, Map<String, String>> sms = new EnumMap<>(Language.class);
		Map<Language, List<List<String>>> synonyms = new EnumMap<>(Language.class);
		Map<Language, Map<WordList, List<String>>> words = new EnumMap<>(Language.class);
		root.get("lexicon")
			.ifPresent(lexicon -> lexicon.entries()
				.forEach((code, entry) -> Language.fromCode(code).ifPresent(language -> {
					Map<String, String> replacements = new LinkedHashMap<>();
					entry.get("sms")
						.ifPresent(replaced -> replaced.entries()
							.forEach((word, meaning) -> replacements.put(word, meaning.text())));
					sms.put(language, replacements);
					synonyms.put(language, entry.items("synonyms").stream().map(YamlNode::texts).toList());
					words.put(language, lists(entry));
				})));
		return new Lexicon(sms, synonyms, words);
	}

	private static Map<WordList, List<String>> lists(YamlNode language) {
		Map<WordList, List<String>> lists = new EnumMap<>(WordList.class);
		for (WordList list : WordList.values()) {
			node(language, list.path())
				.ifPresent(node -> lists.put(list, node.texts().stream().map(TextFolding::fold).distinct().toList()));
		}
		return lists;
	}

	/** The node at the path under {@code parent}, if there is one. */
	static Optional<YamlNode> node(YamlNode parent, List<String> path) {
		Optional<YamlNode> node = Optional.of(parent);
		for (String key : path) {
			node = node.flatMap(found -> found.get(key));
		}
		return node;
	}

}
