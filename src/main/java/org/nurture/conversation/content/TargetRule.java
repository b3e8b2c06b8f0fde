package org.nurture.conversation.content;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nurture.conversation.content.ContentFiles.Located;
import org.nurture.text.EditDistance;

/**
 * Every choice, next rule and follow-up leads to exactly one place (a step of its flow,
 * an answer topic or a flow) that exists; a topic that starts a flow names one that
 * exists.
 */
final class TargetRule implements MeaningRule {

	private static final List<String> KEYS = List.of(Bind.TargetKey.GOTO, Bind.TargetKey.ANSWER, Bind.TargetKey.FLOW);

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		Targets targets = new Targets(content.answerIds(), content.flowIds(), problems);
		for (Located answer : content.answerTopics()) {
			String where = "answer '" + answer.id() + "'";
			List<YamlNode> followups = answer.node().items("followups");
			for (int i = 0; i < followups.size(); i++) {
				targets.check(answer.file(), followups.get(i), where + " followup " + (i + 1), Set.of());
			}
			answer.node().get(Bind.TargetKey.FLOW).ifPresent(flow -> targets.flow(answer.file(), flow, where));
		}
		for (Located flow : content.flowItems()) {
			Set<String> stepIds = new LinkedHashSet<>();
			flow.node().items("steps").forEach(step -> stepIds.add(step.text("id").orElse("")));
			for (YamlNode step : flow.node().items("steps")) {
				String where = ContentFiles.describeStep(flow.node(), step);
				List<YamlNode> choices = step.get("expect")
					.filter(expect -> !expect.has("slot"))
					.map(expect -> expect.items("choices"))
					.orElse(List.of());
				for (int i = 0; i < choices.size(); i++) {
					targets.check(flow.file(), choices.get(i), where + " choice " + (i + 1), stepIds);
				}
				step.get("next").ifPresent(next -> {
					if (next.isScalar()) {
						targets.step(flow.file(), next, where + ": next", stepIds);
						return;
					}
					for (int i = 0; i < next.items().size(); i++) {
						targets.check(flow.file(), next.items().get(i), where + " next rule " + (i + 1), stepIds);
					}
				});
			}
		}
	}

	/** Checks targets against the known ids, adding a problem for each wrong one. */
	private record Targets(Set<String> answerIds, Set<String> flowIds, List<ContentProblem> problems) {

		void check(String file, YamlNode node, String where, Collection<String> stepIds) {
			List<String> present = KEYS.stream().filter(node::has).toList();
			if (present.isEmpty()) {
				String allowed = stepIds.isEmpty() ? "answer: <topic> or flow: <flow>"
						: "goto: <step>, answer: <topic> or flow: <flow>";
				problems.add(ContentProblem.at(file, node, where + " leads nowhere", "add " + allowed));
				return;
			}
			if (present.size() > 1) {
				problems.add(ContentProblem.at(file, node.keyNode(present.get(1)),
						where + " leads to more than one place (" + String.join(", ", present) + ")",
						"keep only one of them"));
				return;
			}
			YamlNode target = node.get(present.get(0)).orElseThrow();
			switch (present.get(0)) {
				case Bind.TargetKey.GOTO -> step(file, target, where + ": goto", stepIds);
				case Bind.TargetKey.ANSWER -> answer(file, target, where);
				default -> flow(file, target, where);
			}
		}

		void step(String file, YamlNode target, String where, Collection<String> stepIds) {
			if (!stepIds.contains(target.text())) {
				problems
					.add(ContentProblem.at(file, target, where + " '" + target.text() + "' is not a step of this flow",
							fix(target.text(), stepIds, "use one of: " + String.join(", ", stepIds))));
			}
		}

		void answer(String file, YamlNode target, String where) {
			if (!answerIds.contains(target.text())) {
				problems.add(ContentProblem.at(file, target,
						where + ": answer '" + target.text() + "' is not an answer topic",
						fix(target.text(), answerIds, "use the id of a topic in answers/*.yml")));
			}
		}

		void flow(String file, YamlNode target, String where) {
			if (!flowIds.contains(target.text())) {
				problems.add(ContentProblem.at(file, target, where + ": flow '" + target.text() + "' is not a flow",
						fix(target.text(), flowIds, "use one of: " + String.join(", ", flowIds))));
			}
		}

		private static String fix(String wrong, Collection<String> known, String otherwise) {
			return EditDistance.closest(wrong, known).map(id -> "did you mean '" + id + "'?").orElse(otherwise);
		}
	}

}
