package org.nurture.channel.sms;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class SmsChannelOffTests {

	@Test
	void withoutAnAuthTokenTheWebhookIsNotFound() {
		TwilioWebhook off = new TwilioWebhook(null, null, Clock.systemUTC());
		TwilioStatusCallback statusOff = new TwilioStatusCallback(null, null, Clock.systemUTC());
		WebTestClient client = WebTestClient
			.bindToRouterFunction(new SmsConfiguration().twilioWebhookRoute(off, statusOff))
			.build();
		client.post()
			.uri(TwilioWebhook.PATH)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("Body=hi")
			.exchange()
			.expectStatus()
			.isNotFound();
		client.post()
			.uri(TwilioWebhook.PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isNotFound();
		client.post()
			.uri(TwilioStatusCallback.PATH)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("MessageSid=SM00000000000000000000000000000000&MessageStatus=delivered")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}
