package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Binds {@code safety.yml}. */
final class SafetyBinder {

	private SafetyBinder() {
	}

	static List<SafetyRule> bind(YamlNode root) {
		return root.items("safety").stream().map(SafetyBinder::rule).toList();
	}

	private static SafetyRule rule(YamlNode node) {
		Map<Language, List<Pattern>> patterns = new EnumMap<>(Language.class);
		Bind.lists(node, "patterns")
			.forEach((language, regexes) -> patterns.put(language, regexes.stream().map(Pattern::compile).toList()));
		return new SafetyRule(node.text("id").orElseThrow(), patterns, Bind.text(node, "reply"),
				node.text("ends_tips").map(Boolean::parseBoolean).orElse(false));
	}

}
