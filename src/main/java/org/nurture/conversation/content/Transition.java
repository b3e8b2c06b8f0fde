package org.nurture.conversation.content;

/**
 * One rule of a step's {@code next}: go to {@code target} when {@code when} holds
 * (always, when it is null).
 */
public record Transition(Condition when, Target target) {
}
