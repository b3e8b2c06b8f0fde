package org.nurture.channel.sms;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;

/**
 * A parent's texts all at once: each its own signed Twilio webhook with a new
 * {@code MessageSid}, all in flight together, spread over the given instances in turn.
 */
final class SmsBurst {

	private SmsBurst() {
	}

	/** The TwiML answers, in no particular order. */
	static List<String> send(List<String> baseUrls, String from, String text, int messages) {
		List<WebClient> instances = baseUrls.stream().map(WebClient::create).toList();
		return Flux.range(0, messages).flatMap(i -> {
			Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), from, text);
			return instances.get(i % instances.size())
				.post()
				.uri(TwilioWebhook.PATH)
				.header(TwilioSignature.HEADER, TwilioRequests.sign(parameters))
				.body(BodyInserters.fromFormData(TwilioRequests.form(parameters)))
				.retrieve()
				.bodyToMono(String.class);
		}, messages).collectList().block(Duration.ofSeconds(60));
	}

}
