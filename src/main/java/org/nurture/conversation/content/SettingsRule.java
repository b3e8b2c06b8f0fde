package org.nurture.conversation.content;

import java.util.List;

/** The default language is one of the languages, and the clarify threshold is below the answer threshold. */
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
	}

	private static double number(YamlNode understanding, String key, double otherwise) {
		return understanding.text(key).map(Double::parseDouble).orElse(otherwise);
	}
}
