package org.nurture.channel;

import java.util.Objects;

import org.nurture.contact.Channel;

/**
 * A message Nurture sends on its own initiative (a daily tip, a late answer), not as the
 * reply to a webhook.
 *
 * @param channel the channel to send it on
 * @param address who to send it to on that channel
 * @param text what to say
 */
public record OutboundMessage(Channel channel, String address, String text) {

	public OutboundMessage {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(text, "text");
	}
}
