package org.nurture.conversation.content;

import java.util.List;

/** Binds the flows of {@code flows/*.yml}. */
final class FlowBinder {

	private FlowBinder() {
	}

	static List<Flow> bind(YamlNode root) {
		return root.items("flows").stream().map(FlowBinder::flow).toList();
	}

	private static Flow flow(YamlNode node) {
		return new Flow(node.text("id").orElseThrow(), Bind.text(node, "title"),
				node.items("steps").stream().map(FlowBinder::step).toList());
	}

	private static Step step(YamlNode node) {
		Expectation expect = node.get("expect").map(FlowBinder::expectation).orElse(null);
		return new Step(node.text("id").orElseThrow(), Bind.text(node, "say"), expect, next(node),
				Bind.text(node, "retry"), node.text("action").map(FlowBinder::action).orElse(null));
	}

	private static Expectation expectation(YamlNode node) {
		if (node.has("choices")) {
			return new Expectation.Choices(node.items("choices").stream().map(FlowBinder::choice).toList(),
					node.text("slot").orElse(null));
		}
		return new Expectation.Slot(node.text("slot").orElseThrow(), slotType(node.text("type").orElseThrow()));
	}

	private static Choice choice(YamlNode node) {
		return new Choice(Bind.text(node, "label"), Bind.lists(node, "synonyms"), Bind.target(node).orElse(null),
				node.text("value").orElse(null));
	}

	private static List<Transition> next(YamlNode step) {
		return step.get("next").map(next -> {
			if (next.isScalar()) {
				return List.of(new Transition(null, new Target.Step(next.text())));
			}
			return next.items().stream().map(FlowBinder::transition).toList();
		}).orElse(List.of());
	}

	private static Transition transition(YamlNode rule) {
		Condition when = rule.text("when").flatMap(Condition::parse).orElse(null);
		return new Transition(when, Bind.target(rule).orElse(null));
	}

	private static Step.Action action(String code) {
		for (Step.Action action : Step.Action.values()) {
			if (action.code().equals(code)) {
				return action;
			}
		}
		throw new IllegalArgumentException("Unknown step action " + code);
	}

	private static SlotType slotType(String code) {
		for (SlotType type : SlotType.values()) {
			if (type.code().equals(code)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown slot type " + code);
	}

}
