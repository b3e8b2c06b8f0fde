package org.nurture.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nurture.channel.DeliveryOutcome;
import org.nurture.channel.OutboundMessage;
import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.contact.Contact;
import org.nurture.contact.Contacts;
import org.nurture.contact.Reachability;
import reactor.core.publisher.Mono;

/**
 * The gateway against WireMock standing in for Twilio's REST API, with Twilio's own
 * request shape and error bodies.
 */
class SmsOutboundGatewayTests {

	@RegisterExtension
	static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String SID = "AC" + "1".repeat(32);

	static final String TOKEN = "0123456789abcdef0123456789abcdef";

	static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";

	static final String FROM = "+16175550100";

	static final String PARENT = "+16175551234";

	final Contacts contacts = mock(Contacts.class);

	final Clock clock = Clock.fixed(Instant.parse("2026-06-01T14:00:00Z"), ZoneOffset.UTC);

	@BeforeEach
	void everyoneIsReachable() {
		given(contacts.reachability(any(), any())).willReturn(Mono.just(Reachability.REACHABLE));
	}

	@Test
	void sendsWithTwiliosRequestShapeAndReturnsTheSid() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "a".repeat(32))));
		DeliveryOutcome outcome = gateway(FROM, 50).send(sms("It\u2019s time for a gentle massage.")).block();
		assertThat(outcome).isEqualTo(DeliveryOutcome.sent("SM" + "a".repeat(32)));
		twilio
			.verify(postRequestedFor(urlPathEqualTo(MESSAGES))
				.withHeader("Authorization",
						equalTo("Basic " + Base64.getEncoder()
							.encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8))))
				.withFormParam("To", equalTo(PARENT))
				.withFormParam("From", equalTo(FROM))
				.withFormParam("Body", equalTo("It's time for a gentle massage.")));
	}

	@Test
	void sendsWhatsAppFromTheWhatsAppSender() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "b".repeat(32))));
		DeliveryOutcome outcome = gateway(FROM, 50).send(new OutboundMessage(Channel.WHATSAPP, PARENT, "Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.SENT);
		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo("whatsapp:" + PARENT))
			.withFormParam("From", equalTo("whatsapp:" + FROM)));
	}

	@Test
	void sendsThroughAMessagingService() {
		String service = "MG" + "c".repeat(32);
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "c".repeat(32))));
		gateway(service, 50).send(sms("Hi")).block();
		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("MessagingServiceSid", equalTo(service))
			.withRequestBody(containing("To=")));
	}

	@Test
	void retriesTooManyRequestsWithBackoffThenSends() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(error(429, 20429, "Too Many Requests"))
			.willSetStateTo("calm"));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("busy")
			.whenScenarioStateIs("calm")
			.willReturn(created("SM" + "d".repeat(32))));
		DeliveryOutcome outcome = gateway(FROM, 50).send(sms("Hi")).block();
		assertThat(outcome).isEqualTo(DeliveryOutcome.sent("SM" + "d".repeat(32)));
		twilio.verify(exactly(2), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void failsAfterTheRetriesWhenTwilioKeepsFailing() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(error(503, 20503, "Service unavailable")));
		DeliveryOutcome outcome = gateway(FROM, 50).send(sms("Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
		assertThat(outcome.errorCode()).isEqualTo(20503);
		assertThat(outcome.detail()).contains("gave up after 3 attempts");
		twilio.verify(exactly(3), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void anOptedOutRecipientMarksTheContactAndIsNotRetried() {
		Contact contact = new Contact(UUID.randomUUID(), Channel.SMS, PARENT, "en", false);
		given(contacts.find(Channel.SMS, PARENT)).willReturn(Mono.just(contact));
		given(contacts.recordConsent(any(), any(), any(), any())).willReturn(Mono.empty());
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(error(400, 21610, "Attempt to send to unsubscribed recipient")));
		DeliveryOutcome outcome = gateway(FROM, 50).send(sms("Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.OPTED_OUT);
		assertThat(outcome.errorCode()).isEqualTo(21610);
		verify(contacts).recordConsent(contact, Consent.OPT_OUT, "TWILIO-21610", clock.instant());
		twilio.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 21211, 21614, 30006 })
	void anUndeliverableNumberMarksTheContactAndIsNotRetried(int code) {
		given(contacts.markUndeliverable(any(), any(), any())).willReturn(Mono.just(true));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(error(400, code, "The 'To' number " + PARENT + " is not a valid phone number.")));
		DeliveryOutcome outcome = gateway(FROM, 50).send(sms("Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.UNDELIVERABLE);
		assertThat(outcome.errorCode()).isEqualTo(code);
		verify(contacts).markUndeliverable(Channel.SMS, PARENT, clock.instant());
		twilio.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void anotherClientErrorFailsAtOnce() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(error(400, 21602, "Message body is required.")));
		DeliveryOutcome outcome = gateway(FROM, 50).send(sms("Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
		assertThat(outcome.errorCode()).isEqualTo(21602);
		verify(contacts, never()).markUndeliverable(any(), any(), any());
		twilio.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void pacesEachSenderAtItsRateInSegments() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "e".repeat(32))));
		SmsOutboundGateway gateway = gateway(FROM, 5);
		long start = System.nanoTime();
		reactor.core.publisher.Flux.range(0, 3)
			.flatMap(i -> gateway.send(sms("Tip " + i)))
			.collectList()
			.block(Duration.ofSeconds(10));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(350));
		twilio.verify(exactly(3), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void theBlockingSdkCallRunsOffTheCallersThread() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "f".repeat(32))));
		String caller = Thread.currentThread().getName();
		String[] publishedOn = new String[1];
		gateway(FROM, 50).send(sms("Hi"))
			.doOnNext(outcome -> publishedOn[0] = Thread.currentThread().getName())
			.block();
		assertThat(publishedOn[0]).isNotEqualTo(caller).startsWith("boundedElastic");
	}

	@Test
	void anUnreachableApiFailsAfterRetries() {
		TwilioProperties properties = properties(FROM, 50, URI.create("http://localhost:1"));
		DeliveryOutcome outcome = SmsOutboundGateway.of(properties, contacts, clock).send(sms("Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
		assertThat(outcome.detail()).contains("gave up after 3 attempts");
	}

	@Test
	void neverSendsToAContactWhoOptedOut() {
		given(contacts.reachability(Channel.SMS, PARENT)).willReturn(Mono.just(Reachability.OPTED_OUT));
		DeliveryOutcome outcome = gateway(FROM, 50).send(sms("Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.OPTED_OUT);
		twilio.verify(exactly(0), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void neverSendsToAnAddressKnownUndeliverable() {
		given(contacts.reachability(Channel.SMS, PARENT)).willReturn(Mono.just(Reachability.UNDELIVERABLE));
		DeliveryOutcome outcome = gateway(FROM, 50).send(sms("Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.UNDELIVERABLE);
		twilio.verify(exactly(0), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void aTimedOutSendIsNotRetriedBecauseTwilioMayHaveSentIt() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created("SM" + "9".repeat(32)).withFixedDelay(1500)));
		TwilioProperties properties = new TwilioProperties(TOKEN, SID, FROM, URI.create(twilio.baseUrl()), null, 50, 3,
				Duration.ofMillis(10), Duration.ofMillis(300), Duration.ofHours(48));
		DeliveryOutcome outcome = SmsOutboundGateway.of(properties, contacts, clock).send(sms("Hi")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.UNKNOWN);
		assertThat(outcome.detail()).contains("may have been sent", "timed out");
		twilio.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	private SmsOutboundGateway gateway(String from, double perSecond) {
		return SmsOutboundGateway.of(properties(from, perSecond, URI.create(twilio.baseUrl())), contacts, clock);
	}

	private static TwilioProperties properties(String from, double perSecond, URI apiBaseUrl) {
		return new TwilioProperties(TOKEN, SID, from, apiBaseUrl, null, perSecond, 3, Duration.ofMillis(10),
				Duration.ofSeconds(5), Duration.ofHours(48));
	}

	private static OutboundMessage sms(String text) {
		return new OutboundMessage(Channel.SMS, PARENT, text);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String messageSid) {
		return TwilioApi.created(SID, FROM, PARENT, messageSid);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, int code,
			String message) {
		return TwilioApi.error(status, code, message);
	}

}
