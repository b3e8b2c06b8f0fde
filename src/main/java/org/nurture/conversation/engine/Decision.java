package org.nurture.conversation.engine;

import java.util.List;

import org.nurture.conversation.Reply;

/**
 * What the engine decided for one message: what to say, the new session, and what should
 * happen.
 */
public record Decision(List<Reply> replies, Session session, List<Effect> effects) {

	public Decision {
		replies = List.copyOf(replies);
		effects = List.copyOf(effects);
	}
}
