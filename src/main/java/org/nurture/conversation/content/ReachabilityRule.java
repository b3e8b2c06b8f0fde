package org.nurture.conversation.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * Every step of a flow can be reached from its first step through choices ({@code goto})
 * and {@code next}.
 */
final class ReachabilityRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (Located flow : content.flowItems()) {
			List<YamlNode> steps = flow.node().items("steps");
			if (steps.isEmpty()) {
				continue;
			}
			Set<String> reached = reached(steps);
			for (YamlNode step : steps) {
				String id = step.text("id").orElse("");
				if (!reached.contains(id)) {
					problems.add(ContentProblem.at(flow.file(), step,
							ContentFiles.describeStep(flow.node(), step)
									+ " is never reached: no goto or next leads to it from the first step",
							"lead to it from another step (goto: " + id + " or next: " + id + "), or remove it"));
				}
			}
		}
	}

	private static Set<String> reached(List<YamlNode> steps) {
		Set<String> reached = new HashSet<>();
		Deque<String> toVisit = new ArrayDeque<>();
		toVisit.add(steps.get(0).text("id").orElse(""));
		while (!toVisit.isEmpty()) {
			String id = toVisit.poll();
			if (!reached.add(id)) {
				continue;
			}
			steps.stream()
				.filter(step -> step.text("id").orElse("").equals(id))
				.findFirst()
				.ifPresent(step -> toVisit.addAll(successors(step)));
		}
		return reached;
	}

	private static List<String> successors(YamlNode step) {
		List<String> next = new ArrayList<>();
		step.get("expect")
			.ifPresent(expect -> expect.items("choices")
				.forEach(choice -> choice.text(Bind.TargetKey.GOTO).ifPresent(next::add)));
		step.get("next").ifPresent(rules -> {
			if (rules.isScalar()) {
				next.add(rules.text());
			}
			rules.items().forEach(rule -> rule.text(Bind.TargetKey.GOTO).ifPresent(next::add));
		});
		return next;
	}

}
