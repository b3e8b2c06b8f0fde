/**
 * The channels parents write on, one adapter each: {@code sms} (Twilio SMS and WhatsApp),
 * {@code telegram} and {@code web}. An adapter authenticates a provider's request, turns
 * it into an {@link org.nurture.conversation.InboundMessage}, hands it to the
 * conversation, and renders the replies in the provider's format;
 * {@link org.nurture.channel.OutboundGateway} sends messages of Nurture's own.
 */
@ApplicationModule(allowedDependencies = { "contact", "conversation", "conversation :: content", "subscription",
		"system", "text" })
package org.nurture.channel;

import org.springframework.modulith.ApplicationModule;
