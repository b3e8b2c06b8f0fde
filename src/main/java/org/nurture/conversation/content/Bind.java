package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small conversions from checked YAML nodes to the content model, shared by the binders.
 */
final class Bind {

	private Bind() {
	}

	/** A text per language: {@code {en: "...", es: "..."}}. */
	static LocalizedText text(YamlNode node) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		node.entries()
			.forEach((code, text) -> Language.fromCode(code).ifPresent(language -> texts.put(language, text.text())));
		return new LocalizedText(texts);
	}

	static LocalizedText text(YamlNode parent, String key) {
		return parent.get(key).map(Bind::text).orElse(null);
	}

	/** A whole number, as YAML writes it ({@code 12}, {@code +12}). */
	static int integer(YamlNode node) {
		String text = node.text();
		return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
	}

	/** Lists per language: {@code {en: [...], es: [...]}}. */
	static Map<Language, List<String>> lists(YamlNode parent, String key) {
		Map<Language, List<String>> lists = new EnumMap<>(Language.class);
		parent.get(key)
			.ifPresent(node -> node.entries()
				.forEach((code, items) -> Language.fromCode(code)
					.ifPresent(language -> lists.put(language, items.texts()))));
		return lists;
	}

	/**
	 * Where {@code goto}, {@code answer} or {@code flow} leads, if one of them is there.
	 */
	static Optional<Target> target(YamlNode node) {
		Optional<Target> step = node.text(TargetKey.GOTO).map(Target.Step::new);
		Optional<Target> answer = node.text(TargetKey.ANSWER).map(Target.Answer::new);
		Optional<Target> flow = node.text(TargetKey.FLOW).map(Target.Flow::new);
		return step.or(() -> answer).or(() -> flow);
	}

	/** The keys that name a target. */
	static final class TargetKey {

		static final String GOTO = "goto";

		static final String ANSWER = "answer";

		static final String FLOW = "flow";

		private TargetKey() {
		}

	}

}
