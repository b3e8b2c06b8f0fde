package org.nurture.conversation;

import java.util.List;

import org.nurture.channel.Reply;
import org.nurture.contact.Consent;

/**
 * What handling one message came to, as a channel adapter needs it.
 *
 * @param replies what to answer, in order
 * @param consent the compliance keyword the message was (STOP, START, HELP and synonyms), or null
 */
public record Handled(List<Reply> replies, Consent consent) {

	public Handled {
		replies = List.copyOf(replies);
	}
}
