package org.nurture.conversation;

import java.time.Instant;
import java.util.Objects;

import org.nurture.contact.Channel;

/**
 * A message from a parent, whatever the channel it came by.
 *
 * @param channel the channel it came by
 * @param address who sent it on that channel: a phone number, a Telegram chat id, a web
 * conversation id
 * @param text what they wrote (empty for a picture with no text)
 * @param receivedAt when it arrived
 * @param providerMessageId the provider's id for it, used to drop redeliveries (null when
 * the channel has none)
 * @param location a place the parent shared with it (a Telegram location), or null
 */
public record InboundMessage(Channel channel, String address, String text, Instant receivedAt, String providerMessageId,
		Location location) {

	public InboundMessage {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(receivedAt, "receivedAt");
		text = text == null ? "" : text;
	}

	/** A message with no shared place, as every channel but Telegram sends. */
	public InboundMessage(Channel channel, String address, String text, Instant receivedAt, String providerMessageId) {
		this(channel, address, text, receivedAt, providerMessageId, null);
	}
}
