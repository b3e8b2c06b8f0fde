package org.nurture.conversation.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * A {@code when} reads "slot operator value" about a slot of its flow, and the last rule
 * of a {@code next} list has no {@code when}, so the flow always knows where to go.
 */
final class ConditionRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (Located flow : content.flowItems()) {
			Set<String> slots = ContentFiles.slots(flow.node());
			for (YamlNode step : flow.node().items("steps")) {
				List<YamlNode> rules = step.items("next");
				for (int i = 0; i < rules.size(); i++) {
					String where = ContentFiles.describeStep(flow.node(), step) + " next rule " + (i + 1);
					YamlNode rule = rules.get(i);
					rule.get("when").ifPresent(when -> condition(flow.file(), when, where, slots, problems));
					if (i == rules.size() - 1 && rule.has("when")) {
						problems.add(ContentProblem.at(flow.file(), rule, where
								+ " is the last rule but has a when, so nothing says where to go when it does not hold",
								"add a last rule without when, such as - goto: <step>"));
					}
				}
			}
		}
	}

	private static void condition(String file, YamlNode when, String where, Set<String> slots,
			List<ContentProblem> problems) {
		Optional<Condition> condition = Condition.parse(when.text());
		if (condition.isEmpty()) {
			problems.add(ContentProblem.at(file, when, where + ": when '" + when.text() + "' is not a condition",
					"write slot operator value, such as \"baby_age < 4\" (operators: == != < <= > >=)"));
		}
		else if (!slots.contains(condition.get().slot())) {
			problems.add(ContentProblem.at(file, when,
					where + ": when tests '" + condition.get().slot() + "', which no step of this flow asks for",
					slots.isEmpty() ? "ask for it first with expect: {slot: ..., type: ...}"
							: "use one of: " + String.join(", ", slots)));
		}
	}

}
