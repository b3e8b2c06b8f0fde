package org.nurture.conversation.content;

import java.util.List;

/** What a step waits for. */
public sealed interface Expectation {

	/** One of several choices, answered by number, label or synonym. */
	record Choices(List<Choice> choices) implements Expectation {
		public Choices {
			choices = List.copyOf(choices);
		}
	}

	/** A typed value saved under {@code name}. */
	record Slot(String name, SlotType type) implements Expectation {
	}

}
