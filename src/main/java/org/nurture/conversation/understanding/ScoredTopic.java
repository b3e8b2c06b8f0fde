package org.nurture.conversation.understanding;

import org.nurture.conversation.content.Language;

/**
 * How well a message matches an answer topic, from 0 to 1, and the language whose
 * examples it matched best.
 */
public record ScoredTopic(String answerId, double score, Language language) {
}
