package org.nurture.conversation.content;

import java.util.List;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * Every text a parent reads is written in every configured language (settings.yml
 * {@code languages}), and so are the example questions of each topic and the words that
 * go back to a flow, which understanding needs per language.
 */
final class TranslationRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		List<String> languages = content.languages();
		for (UserText text : UserText.all(content)) {
			missing(text.file(), text.node(), text.where(), "text", languages, problems);
		}
		for (Located answer : content.answerTopics()) {
			answer.node()
				.get("examples")
				.ifPresent(examples -> missing(answer.file(), examples, "answer '" + answer.id() + "': examples",
						"list of examples", languages, problems));
		}
		content.settings().root().get("navigation").ifPresent(navigation -> {
			for (String words : List.of("back", "language")) {
				navigation.get(words)
					.ifPresent(list -> missing(content.settings().name(), list, "navigation." + words, "list of words",
							languages, problems));
			}
		});
		content.referrals()
			.root()
			.get("more")
			.flatMap(more -> more.get("words"))
			.ifPresent(words -> missing(content.referrals().name(), words, "more.words", "list of words", languages,
					problems));
		content.settings()
			.root()
			.get("tips")
			.flatMap(tips -> tips.get("words"))
			.ifPresent(words -> words.entries()
				.forEach((word, list) -> missing(content.settings().name(), list, "tips.words." + word, "list of words",
						languages, problems)));
		content.lexicon()
			.root()
			.get("lexicon")
			.ifPresent(lexicon -> missing(content.lexicon().name(), lexicon, "lexicon", "words", languages, problems));
	}

	private static void missing(String file, YamlNode node, String where, String what, List<String> languages,
			List<ContentProblem> problems) {
		for (String language : languages) {
			if (!node.has(language)) {
				problems
					.add(ContentProblem.at(file, node, where + " has no '" + language + "' " + what, "add " + language
							+ ": beside the others (settings.yml languages: " + String.join(", ", languages) + ")"));
			}
		}
	}

}
