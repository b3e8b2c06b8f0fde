package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
		YamlNode navigation = root.get("navigation").orElseThrow();
		Map<Language, String> names = new EnumMap<>(Language.class);
		root.get("language_names")
			.ifPresent(node -> node.entries()
				.forEach((code, name) -> Language.fromCode(code)
					.ifPresent(language -> names.put(language, name.text()))));
		Map<String, LocalizedText> commands = new LinkedHashMap<>();
		root.get("telegram")
			.flatMap(telegram -> telegram.get("commands"))
			.ifPresent(node -> node.entries().forEach((command, text) -> commands.put(command, Bind.text(text))));
		Map<MessageKey, LocalizedText> messages = new EnumMap<>(MessageKey.class);
		YamlNode messageNodes = root.get("messages").orElseThrow();
		for (MessageKey key : MessageKey.values()) {
			messageNodes.get(key.key()).ifPresent(text -> messages.put(key, Bind.text(text)));
		}
		Map<SlotValueText, LocalizedText> slotValues = new EnumMap<>(SlotValueText.class);
		root.get("slot_values").ifPresent(values -> {
			for (SlotValueText value : SlotValueText.values()) {
				values.get(value.key()).ifPresent(text -> slotValues.put(value, Bind.text(text)));
			}
		});
		return new Settings(languages, defaultLanguage, number(root, "answer_threshold", DEFAULT_ANSWER_THRESHOLD),
				number(root, "clarify_threshold", DEFAULT_CLARIFY_THRESHOLD),
				number(root, "ambiguity_margin", DEFAULT_AMBIGUITY_MARGIN), Bind.lists(navigation, "back"),
				Bind.lists(navigation, "language"), names, messages, slotValues, commands, tips(root));
	}

	private static TipsSettings tips(YamlNode root) {
		Optional<YamlNode> tips = root.get("tips");
		if (tips.isEmpty()) {
			return TipsSettings.NONE;
		}
		Map<TipsWord, Map<Language, List<String>>> words = new EnumMap<>(TipsWord.class);
		tips.get().get("words").ifPresent(node -> {
			for (TipsWord word : TipsWord.values()) {
				if (node.has(word.key())) {
					words.put(word, Bind.lists(node, word.key()));
				}
			}
		});
		Map<TipsText, LocalizedText> texts = new EnumMap<>(TipsText.class);
		tips.get().get("messages").ifPresent(node -> {
			for (TipsText text : TipsText.values()) {
				node.get(text.key()).ifPresent(written -> texts.put(text, Bind.text(written)));
			}
		});
		return new TipsSettings(words, texts);
	}

	private static double number(YamlNode root, String key, double otherwise) {
		return root.get("understanding")
			.flatMap(understanding -> understanding.text(key))
			.map(Double::parseDouble)
			.orElse(otherwise);
	}

}
