package org.nurture.conversation.content;

import java.util.List;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * A step expects either choices or a typed slot; choices that save a value in a slot each
 * have a value and lead nowhere of their own, while other choices have no value; and only
 * a step that expects something has a {@code retry}.
 */
final class ExpectRule implements MeaningRule {

	private static final List<String> TARGET_KEYS = List.of(Bind.TargetKey.GOTO, Bind.TargetKey.ANSWER,
			Bind.TargetKey.FLOW);

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (Located flow : content.flowItems()) {
			for (YamlNode step : flow.node().items("steps")) {
				String where = ContentFiles.describeStep(flow.node(), step);
				step.get("expect").ifPresent(expect -> expectation(flow.file(), where, expect, problems));
				if (step.has("retry") && !step.has("expect")) {
					problems.add(ContentProblem.at(flow.file(), step.keyNode("retry"),
							where + " has a retry but expects nothing, so it is never said",
							"remove retry, or add expect"));
				}
			}
		}
	}

	private static void expectation(String file, String where, YamlNode expect, List<ContentProblem> problems) {
		if (expect.has("choices") && expect.has("type")) {
			problems.add(ContentProblem.at(file, expect, where + ": expect has both choices and a slot type",
					"keep either choices (with a slot, to save the chosen choice's value), or slot and type"));
			return;
		}
		if (expect.has("slot") && !expect.has("type") && !expect.has("choices")) {
			problems.add(ContentProblem.at(file, expect, where + ": expect has a slot but no type",
					"add type: (zip, baby_age, date, ...), or choices whose values it saves"));
			return;
		}
		List<YamlNode> choices = expect.items("choices");
		boolean saves = expect.has("slot");
		for (int i = 0; i < choices.size(); i++) {
			YamlNode choice = choices.get(i);
			String which = where + " choice " + (i + 1);
			if (saves && !choice.has("value")) {
				problems.add(ContentProblem.at(file, choice,
						which + " has no value to save in slot '" + expect.text("slot").orElse("") + "'",
						"add value: (such as daily); the step's next leads on"));
			}
			else if (saves) {
				TARGET_KEYS.stream()
					.filter(choice::has)
					.findFirst()
					.ifPresent(key -> problems.add(ContentProblem.at(file, choice.keyNode(key),
							which + " saves a value, so it leads nowhere of its own",
							"remove " + key + ": and lead on with the step's next")));
			}
			else if (choice.has("value")) {
				problems.add(ContentProblem.at(file, choice.keyNode("value"),
						which + " has a value, but its step's expect names no slot to save it in",
						"add slot: to expect, or remove value"));
			}
		}
	}

}
