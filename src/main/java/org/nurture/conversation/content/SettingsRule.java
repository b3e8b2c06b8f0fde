package org.nurture.conversation.content;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.nurture.text.TextFolding;

/**
 * The default language is one of the languages, the clarify threshold is below the answer
 * threshold, and each language's name is a word that switches to it (the language buttons
 * send their name).
 */
final class SettingsRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		YamlNode root = content.settings().root();
		String file = content.settings().name();
		List<String> languages = content.languages();
		root.get("default_language")
			.filter(language -> !languages.contains(language.text()))
			.ifPresent(language -> problems.add(ContentProblem.at(file, language,
					"default_language '" + language.text() + "' is not one of the languages",
					"use one of: " + String.join(", ", languages) + ", or add it to languages")));
		root.get("understanding").ifPresent(understanding -> {
			double answer = number(understanding, "answer_threshold", SettingsBinder.DEFAULT_ANSWER_THRESHOLD);
			double clarify = number(understanding, "clarify_threshold", SettingsBinder.DEFAULT_CLARIFY_THRESHOLD);
			if (clarify > answer) {
				problems.add(ContentProblem.at(file, understanding.get("clarify_threshold").orElse(understanding),
						"understanding.clarify_threshold " + clarify + " is above answer_threshold " + answer,
						"make clarify_threshold lower than answer_threshold"));
			}
		});
		languageNames(root, file, problems);
		root.get("slot_values").ifPresent(values -> slotPatterns(values, file, languages, problems));
	}

	/**
	 * The time and date patterns are written for every language, and Java can read them.
	 */
	private static void slotPatterns(YamlNode values, String file, List<String> languages,
			List<ContentProblem> problems) {
		for (SlotValueText value : SlotValueText.values()) {
			Optional<YamlNode> patterns = values.get(value.key()).filter(node -> value.pattern());
			if (patterns.isEmpty()) {
				continue;
			}
			for (String language : languages) {
				Optional<YamlNode> pattern = patterns.get().get(language);
				if (pattern.isEmpty()) {
					problems.add(ContentProblem.at(file, patterns.get(),
							"slot_values." + value.key() + " has no '" + language + "' pattern",
							"add " + language + ": beside the others (settings.yml languages: "
									+ String.join(", ", languages) + ")"));
					continue;
				}
				try {
					DateTimeFormatter.ofPattern(pattern.get().text());
				}
				catch (IllegalArgumentException invalid) {
					problems.add(ContentProblem.at(file, pattern.get(),
							"slot_values." + value.key() + "." + language + " '" + pattern.get().text()
									+ "' is not a date or time pattern (" + invalid.getMessage() + ")",
							"write it with letters such as h, mm, a, MMMM, d and text in single quotes"));
				}
			}
		}
	}

	private static void languageNames(YamlNode root, String file, List<ContentProblem> problems) {
		Optional<YamlNode> switching = root.get("navigation").flatMap(navigation -> navigation.get("language"));
		root.get("language_names").ifPresent(names -> names.entries().forEach((language, name) -> {
			List<String> words = switching.flatMap(lists -> lists.get(language)).map(YamlNode::texts).orElse(List.of());
			boolean switches = words.stream()
				.map(TextFolding::fold)
				.anyMatch(word -> word.equals(TextFolding.fold(name.text())));
			if (!switches) {
				problems.add(ContentProblem.at(file, name,
						"language_names." + language + " '" + name.text() + "' does not switch to " + language,
						"add \"" + name.text() + "\" to navigation.language." + language));
			}
		}));
	}

	private static double number(YamlNode understanding, String key, double otherwise) {
		return understanding.text(key).map(Double::parseDouble).orElse(otherwise);
	}

}
