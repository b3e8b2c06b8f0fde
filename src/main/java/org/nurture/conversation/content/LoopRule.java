package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * Steps that expect nothing go straight on to their {@code next}; a circle of such steps
 * would talk on without ever waiting for the parent.
 */
final class LoopRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (Located flow : content.flowItems()) {
			Map<String, YamlNode> talking = new LinkedHashMap<>();
			flow.node()
				.items("steps")
				.stream()
				.filter(step -> !step.has("expect"))
				.forEach(step -> talking.putIfAbsent(step.text("id").orElse(""), step));
			Set<String> reported = new LinkedHashSet<>();
			for (String start : talking.keySet()) {
				List<String> circle = circle(start, talking);
				if (!circle.isEmpty() && reported.addAll(circle)) {
					YamlNode step = talking.get(circle.get(0));
					problems.add(ContentProblem.at(flow.file(), step,
							ContentFiles.describeStep(flow.node(), step)
									+ " goes round in a circle without waiting for the parent: "
									+ String.join(" -> ", circle) + " -> " + circle.get(0),
							"give one of these steps an expect, or break the circle"));
				}
			}
		}
	}

	/**
	 * The circle of talking steps that starts and ends at {@code start}; empty if there
	 * is none.
	 */
	private static List<String> circle(String start, Map<String, YamlNode> talking) {
		List<String> path = new ArrayList<>();
		String current = start;
		while (current != null && talking.containsKey(current) && !path.contains(current)) {
			path.add(current);
			current = onlyNext(talking.get(current));
		}
		if (!start.equals(current)) {
			return List.of();
		}
		return path;
	}

	private static String onlyNext(YamlNode step) {
		return step.get("next").filter(YamlNode::isScalar).map(YamlNode::text).orElse(null);
	}

}
