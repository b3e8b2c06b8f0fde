package org.nurture.conversation.content;

import java.util.List;

/**
 * A step of a flow: what to say, what to wait for (null: nothing, go straight on), where
 * to go next (empty: the flow ends) and what to say when the answer does not fit (null:
 * the default for its type).
 */
public record Step(String id, LocalizedText say, Expectation expect, List<Transition> next, LocalizedText retry) {

	public Step {
		next = List.copyOf(next);
	}
}
