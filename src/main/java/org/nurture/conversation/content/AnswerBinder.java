package org.nurture.conversation.content;

import java.util.List;
import java.util.Optional;

/** Binds the topics of {@code answers/*.yml}. */
final class AnswerBinder {

	private AnswerBinder() {
	}

	static List<Answer> bind(YamlNode root) {
		return root.items("answers").stream().map(AnswerBinder::answer).toList();
	}

	private static Answer answer(YamlNode node) {
		Evidence evidence = node.text("evidence").map(AnswerBinder::evidence).orElse(null);
		List<Target> followups = node.items("followups").stream().map(Bind::target).flatMap(Optional::stream).toList();
		return new Answer(node.text("id").orElseThrow(), Bind.text(node, "title"),
				node.text("health").map(Boolean::parseBoolean).orElse(false), evidence, Bind.lists(node, "examples"),
				Bind.lists(node, "keywords"), Bind.text(node, "answer"), node.text("flow").orElse(null), followups,
				node.get("sources").map(YamlNode::texts).orElse(List.of()));
	}

	private static Evidence evidence(String code) {
		for (Evidence evidence : Evidence.values()) {
			if (evidence.code().equals(code)) {
				return evidence;
			}
		}
		throw new IllegalArgumentException("Unknown evidence " + code);
	}

}
