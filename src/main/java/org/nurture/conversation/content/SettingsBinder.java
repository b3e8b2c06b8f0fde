package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Binds {@code settings.yml}. */
final class SettingsBinder {

	static final double DEFAULT_ANSWER_THRESHOLD = 0.6;

	static final double DEFAULT_CLARIFY_THRESHOLD = 0.35;

	static final double DEFAULT_AMBIGUITY_MARGIN = 0.08;

	private SettingsBinder() {
	}

	static Settings bind(YamlNode root) {
		List<Language> languages = root.items("languages")
			.stream()
			.map(code -> Language.fromCode(code.text()).orElseThrow())
			.toList();
		Language defaultLanguage = root.text("default_language").flatMap(Language::fromCode).orElseThrow();
		Map<Language, List<String>> back = root.get("navigation")
			.map(navigation -> Bind.lists(navigation, "back"))
			.orElse(Map.of());
		Map<MessageKey, LocalizedText> messages = new EnumMap<>(MessageKey.class);
		YamlNode messageNodes = root.get("messages").orElseThrow();
		for (MessageKey key : MessageKey.values()) {
			messageNodes.get(key.key()).ifPresent(text -> messages.put(key, Bind.text(text)));
		}
		return new Settings(languages, defaultLanguage, number(root, "answer_threshold", DEFAULT_ANSWER_THRESHOLD),
				number(root, "clarify_threshold", DEFAULT_CLARIFY_THRESHOLD),
				number(root, "ambiguity_margin", DEFAULT_AMBIGUITY_MARGIN), back, messages);
	}

	private static double number(YamlNode root, String key, double otherwise) {
		return root.get("understanding").flatMap(understanding -> understanding.text(key))
			.map(Double::parseDouble)
			.orElse(otherwise);
	}
}
