package org.nurture.conversation.understanding;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.SafetyRule;

/**
 * A safety rule a message matched, and the language of the pattern that matched (the
 * language to answer in).
 */
public record SafetyHit(SafetyRule rule, Language language) {
}
