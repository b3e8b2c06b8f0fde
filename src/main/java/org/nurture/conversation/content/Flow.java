package org.nurture.conversation.content;

import java.util.List;
import java.util.Optional;

/** A guided conversation; it starts at its first step. */
public record Flow(String id, LocalizedText title, List<Step> steps) {

	public Flow {
		steps = List.copyOf(steps);
	}

	public Step firstStep() {
		return steps.get(0);
	}

	public Optional<Step> step(String stepId) {
		return steps.stream().filter(step -> step.id().equals(stepId)).findFirst();
	}
}
