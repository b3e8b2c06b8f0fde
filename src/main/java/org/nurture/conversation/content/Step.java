package org.nurture.conversation.content;

import java.util.List;
import java.util.Locale;

/**
 * A step of a flow: what to say, what to wait for (null: nothing, go straight on), where
 * to go next (empty: the flow ends), what to say when the answer does not fit (null: the
 * default for its type) and what a YES to it does (null: nothing but its slot).
 */
public record Step(String id, LocalizedText say, Expectation expect, List<Transition> next, LocalizedText retry,
		Action action) {

	public Step {
		next = List.copyOf(next);
	}

	public Step(String id, LocalizedText say, Expectation expect, List<Transition> next, LocalizedText retry) {
		this(id, say, expect, next, retry, null);
	}

	/** What a step's YES does. */
	public enum Action {

		/**
		 * Subscribes the parent to daily tips with what the flow asked: the step is the
		 * confirmation a US program must send, and only YES (or START) to it subscribes;
		 * anything else declines.
		 */
		SUBSCRIBE;

		/** As written in a flow, e.g. {@code subscribe}. */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}
}
