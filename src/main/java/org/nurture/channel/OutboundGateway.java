package org.nurture.channel;

import org.nurture.contact.Channel;
import org.nurture.subscription.TipSender;

import reactor.core.publisher.Mono;

/**
 * Sends messages that are not the immediate reply to a webhook, on one or more channels.
 * Never errors: every problem ends as a {@link DeliveryOutcome}.
 */
public interface OutboundGateway {

	/** Whether this gateway sends on the channel. */
	boolean sends(Channel channel);

	Mono<DeliveryOutcome> send(OutboundMessage message);

	/**
	 * Who sends on the channel, named the same on every instance (a Twilio number or
	 * Messaging Service, a Telegram bot), and how many messages a second the provider
	 * lets it send: what instances sharing it must share.
	 */
	TipSender.Pace pace(Channel channel);

}
