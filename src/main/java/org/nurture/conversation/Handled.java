package org.nurture.conversation;

import java.util.List;

import org.nurture.contact.Consent;

/**
 * What handling one message came to, as a channel adapter needs it.
 *
 * @param replies what to answer, in order
 * @param consent what the compliance keyword the message was says (STOP, START, HELP and
 * synonyms), or null
 * @param keyword that keyword as recognised, upper case ({@code STOP}, {@code PARAR}), or
 * null
 */
public record Handled(List<Reply> replies, Consent consent, String keyword) {

	public Handled {
		replies = List.copyOf(replies);
	}
}
