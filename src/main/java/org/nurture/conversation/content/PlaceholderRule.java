package org.nurture.conversation.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A text uses only the placeholders its place fills in ({@code {topic}} in confirm_topic,
 * the slots of its flow in a step, ...), uses those it must, and uses the same ones in
 * every language.
 */
final class PlaceholderRule implements MeaningRule {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (UserText text : UserText.all(content)) {
			Map<String, YamlNode> languages = text.texts();
			Set<String> everywhere = new LinkedHashSet<>();
			languages.values().forEach(written -> everywhere.addAll(placeholders(written.text())));
			languages.forEach((language, written) -> check(text, language, written, everywhere, problems));
		}
	}

	private static void check(UserText text, String language, YamlNode written, Set<String> everywhere,
			List<ContentProblem> problems) {
		Set<String> used = placeholders(written.text());
		String where = text.where(language);
		for (String name : used) {
			if (!text.allowed().contains(name)) {
				problems.add(ContentProblem.at(text.file(), written,
						where + " has {" + name + "}, which nothing fills in here",
						text.allowed().isEmpty() ? "remove it: this text takes no placeholders"
								: "use one of: " + braces(text.allowed())));
			}
		}
		for (String name : text.required()) {
			if (!used.contains(name)) {
				problems.add(ContentProblem.at(text.file(), written, where + " has no {" + name + "}",
						"add {" + name + "} where its value goes"));
			}
		}
		for (String name : everywhere) {
			if (!used.contains(name) && !text.required().contains(name) && text.allowed().contains(name)) {
				problems.add(ContentProblem.at(text.file(), written, where + " has no {" + name + "}",
						"use the same placeholders in every language: add {" + name + "}"));
			}
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static String braces(Set<String> names) {
		return names.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", "));
	}

}
