package org.nurture.channel;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.nurture.contact.Channel;
import org.nurture.subscription.TipSender;
import org.nurture.subscription.TipSender.Outcome;
import org.nurture.subscription.TipSender.Pace;
import org.nurture.subscription.TipSender.Result;
import reactor.core.publisher.Mono;

/**
 * Daily tips go out through the same gateways as every other message of Nurture's own:
 * Twilio's for SMS and WhatsApp, the Bot API's for Telegram. A channel whose provider is
 * not configured fails the tip with a clear reason.
 */
@Component
class TipSending implements TipSender {

	private final ObjectProvider<OutboundGateway> gateways;

	TipSending(ObjectProvider<OutboundGateway> gateways) {
		this.gateways = gateways;
	}

	@Override
	public Mono<Result> send(Channel channel, String address, String text) {
		List<OutboundGateway> senders = gateways.orderedStream().filter(gateway -> gateway.sends(channel)).toList();
		if (senders.isEmpty()) {
			return Mono.just(Result.notSent(Outcome.FAILED, null, "no provider is configured for " + channel));
		}
		return senders.get(0).send(new OutboundMessage(channel, address, text)).map(TipSending::result);
	}

	@Override
	public Pace pace(Channel channel) {
		return gateways.orderedStream()
			.filter(gateway -> gateway.sends(channel))
			.findFirst()
			.map(gateway -> gateway.pace(channel))
			.orElse(new Pace(channel.name(), 0));
	}

	private static Result result(DeliveryOutcome outcome) {
		return switch (outcome.status()) {
			case SENT -> Result.sent(outcome.providerMessageId());
			case OPTED_OUT -> Result.notSent(Outcome.OPTED_OUT, outcome.errorCode(), outcome.detail());
			case UNDELIVERABLE -> Result.notSent(Outcome.UNREACHABLE, outcome.errorCode(), outcome.detail());
			case UNKNOWN -> Result.notSent(Outcome.UNKNOWN, outcome.errorCode(), outcome.detail());
			case FAILED -> Result.notSent(Outcome.FAILED, outcome.errorCode(), outcome.detail());
		};
	}

}
