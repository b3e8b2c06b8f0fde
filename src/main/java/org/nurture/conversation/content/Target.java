package org.nurture.conversation.content;

/** Where a choice, a follow-up or a transition leads. */
public sealed interface Target {

	/** A step of the flow the parent is in. */
	record Step(String stepId) implements Target {
	}

	/** An answer topic. */
	record Answer(String answerId) implements Target {
	}

	/** The start of a flow. */
	record Flow(String flowId) implements Target {
	}

}
