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

	/**
	 * The step by its id; a plain loop, as the engine asks for the current step several
	 * times per message.
	 */
	public Optional<Step> step(String stepId) {
		for (Step step : steps) {
			if (step.id().equals(stepId)) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}
}
