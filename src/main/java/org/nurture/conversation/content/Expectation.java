package org.nurture.conversation.content;

import java.util.List;

/** What a step waits for. */
public sealed interface Expectation {

	/**
	 * One of several choices, answered by number, label or synonym.
	 *
	 * @param slot the slot the chosen choice's value is saved under, or null when each
	 * choice leads somewhere of its own
	 */
	record Choices(List<Choice> choices, String slot) implements Expectation {
		public Choices {
			choices = List.copyOf(choices);
		}

		public Choices(List<Choice> choices) {
			this(choices, null);
		}
	}

	/** A typed value saved under {@code name}. */
	record Slot(String name, SlotType type) implements Expectation {
	}

}
