package org.nurture.channel;

import org.nurture.contact.Channel;

import reactor.core.publisher.Mono;

/**
 * Sends messages that are not the immediate reply to a webhook, on one or more channels.
 * Never errors: every problem ends as a {@link DeliveryOutcome}.
 */
public interface OutboundGateway {

	/** Whether this gateway sends on the channel. */
	boolean sends(Channel channel);

	Mono<DeliveryOutcome> send(OutboundMessage message);

}
