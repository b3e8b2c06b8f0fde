package org.nurture.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.stubbing.Answer;
import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.conversation.ConversationService;
import org.nurture.conversation.Handled;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Reply;
import reactor.core.publisher.Mono;

/** The webhook's checks and translation, with the conversation mocked. */
@SpringBootTest(properties = { "nurture.twilio.auth-token=" + TwilioRequests.AUTH_TOKEN,
		"nurture.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE_URL,
		"spring.r2dbc.url=r2dbc:h2:mem:///twilio-webhook-tests;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:twilio-webhook-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureWebTestClient
class TwilioWebhookTests {

	static final String PARENT = "+16175551234";

	@Autowired
	WebTestClient client;

	@MockitoBean
	ConversationService conversations;

	@Test
	void answersASignedMessageWithTwiml() throws Exception {
		given(conversations.answerOnce(any(), any())).willAnswer(answering(new Handled(
				List.of(new Reply("What would you like to know?", List.of("Benefits", "Oils"))), null, null)));
		String sid = TwilioRequests.newSid();
		Map<String, String> parameters = TwilioRequests.sms(sid, PARENT, "hi");
		String twiml = post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_XML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(TwimlTests.messages(twiml)).containsExactly("What would you like to know?\n1. Benefits\n2. Oils");
		InboundMessage message = handledMessage();
		assertThat(message.channel()).isEqualTo(Channel.SMS);
		assertThat(message.address()).isEqualTo(PARENT);
		assertThat(message.text()).isEqualTo("hi");
		assertThat(message.providerMessageId()).isEqualTo(sid);
	}

	@Test
	void rejectsRequestWithForgedSignature() {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "hi");
		String forged = TwilioRequests.sign("not-the-auth-token-at-all-000000", TwilioRequests.WEBHOOK_URL, parameters);
		post(parameters, forged).expectStatus().isForbidden();
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsRequestWithMissingSignature() {
		post(TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "hi"), null).expectStatus().isForbidden();
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsRequestSignedForAnotherUrl() {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "hi");
		String stale = TwilioRequests.sign(TwilioRequests.AUTH_TOKEN,
				"https://old-tunnel.example.net" + TwilioWebhook.PATH, parameters);
		post(parameters, stale).expectStatus().isForbidden();
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsRequestWhoseParametersWereChangedAfterSigning() {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "hi");
		String signature = TwilioRequests.sign(parameters);
		parameters.put("Body", "STOP");
		post(parameters, signature).expectStatus().isForbidden();
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsRequestWithAParameterAddedAfterSigning() {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "hi");
		String signature = TwilioRequests.sign(parameters);
		parameters.put("Extra", "1");
		post(parameters, signature).expectStatus().isForbidden();
	}

	@Test
	void acceptsAUrlWithAQueryStringWhenSignedWithIt() {
		given(conversations.answerOnce(any(), any()))
			.willAnswer(answering(new Handled(List.of(Reply.of("Hello")), null, null)));
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "hi");
		String signature = TwilioRequests.sign(TwilioRequests.AUTH_TOKEN,
				TwilioRequests.WEBHOOK_URL + "?source=sms&number=1", parameters);
		client.post()
			.uri(TwilioWebhook.PATH + "?source=sms&number=1")
			.header(TwilioSignature.HEADER, signature)
			.body(BodyInserters.fromFormData(TwilioRequests.form(parameters)))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void rejectsAnotherContentType() {
		client.post()
			.uri(TwilioWebhook.PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"Body\":\"hi\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("application/x-www-form-urlencoded"));
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsAMalformedForm() {
		client.post()
			.uri(TwilioWebhook.PATH)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header(TwilioSignature.HEADER, "anything")
			.bodyValue("Body=%ZZ&From=%2B16175551234")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("well-formed"));
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsABodyOver64KiB() {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "a".repeat(70 * 1024));
		post(parameters, TwilioRequests.sign(parameters)).expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsABodyLongerThanATwilioMessage() {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "a".repeat(1601));
		post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("1600 characters"));
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsARepeatedParameter() {
		client.post()
			.uri(TwilioWebhook.PATH)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header(TwilioSignature.HEADER, "anything")
			.bodyValue("Body=hi&Body=STOP&From=%2B16175551234")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("repeated"));
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsASignedRequestWithoutAMessageSid() {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "hi");
		parameters.remove("MessageSid");
		post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("MessageSid"));
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void rejectsASignedRequestFromAnEmptyWhatsAppAddress() {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), "whatsapp:", "hi");
		post(parameters, TwilioRequests.sign(parameters)).expectStatus().isBadRequest();
		verify(conversations, never()).answerOnce(any(), any());
	}

	@Test
	void aFailedMessageLeavesNoTraceSoItsRedeliveryIsHandled() {
		given(conversations.answerOnce(any(), any())).willReturn(Mono.error(new IllegalStateException("database down")))
			.willAnswer(answering(new Handled(List.of(Reply.of("Sunflower oil.")), null, null)));
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "what oil");
		post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("911"));
		post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("Sunflower oil."));
		verify(conversations, times(2)).answerOnce(any(), any());
	}

	@Test
	void stopByTextGetsAnEmptyResponseBecauseTwilioAnswersIt() {
		given(conversations.answerOnce(any(), any()))
			.willAnswer(answering(new Handled(List.of(Reply.of("You're unsubscribed.")), Consent.OPT_OUT, "STOP")));
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "STOP");
		post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(Twiml.EMPTY);
	}

	@Test
	void aSpanishStopWordTwilioDoesNotKnowIsConfirmedByUs() throws Exception {
		given(conversations.answerOnce(any(), any())).willAnswer(
				answering(new Handled(List.of(Reply.of("Cancelaste tu suscripción.")), Consent.OPT_OUT, "PARAR")));
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "parar");
		String twiml = post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(TwimlTests.messages(twiml)).containsExactly("Cancelaste tu suscripcion.");
	}

	@Test
	void aCustomKeywordTwilioActedOnReachesTheConversationAsTheStandardOne() {
		given(conversations.answerOnce(any(), any()))
			.willAnswer(answering(new Handled(List.of(), Consent.OPT_OUT, "STOP")));
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "Baja");
		parameters.put("OptOutType", "STOP");
		post(parameters, TwilioRequests.sign(parameters)).expectStatus().isOk();
		assertThat(handledMessage().text()).isEqualTo("STOP");
	}

	@Test
	void aStandardKeywordTwilioActedOnIsPassedUnchanged() {
		given(conversations.answerOnce(any(), any()))
			.willAnswer(answering(new Handled(List.of(), Consent.OPT_OUT, "STOPALL")));
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "stopall");
		parameters.put("OptOutType", "STOP");
		post(parameters, TwilioRequests.sign(parameters)).expectStatus().isOk();
		assertThat(handledMessage().text()).isEqualTo("stopall");
	}

	@Test
	void whatsAppIsItsOwnChannelAndItsStopIsConfirmed() throws Exception {
		given(conversations.answerOnce(any(), any()))
			.willAnswer(answering(new Handled(List.of(Reply.of("You're unsubscribed.")), Consent.OPT_OUT, "STOP")));
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), "whatsapp:" + PARENT, "STOP");
		String twiml = post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(TwimlTests.messages(twiml)).containsExactly("You're unsubscribed.");
		InboundMessage message = handledMessage();
		assertThat(message.channel()).isEqualTo(Channel.WHATSAPP);
		assertThat(message.address()).isEqualTo(PARENT);
	}

	@Test
	void aPictureWithoutTextReachesTheConversationAsAnEmptyMessage() {
		given(conversations.answerOnce(any(), any()))
			.willAnswer(answering(new Handled(List.of(Reply.of("I can only read text.")), null, null)));
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), PARENT, "");
		parameters.put("NumMedia", "1");
		parameters.put("MediaContentType0", "image/jpeg");
		parameters.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0");
		post(parameters, TwilioRequests.sign(parameters)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("only read text"));
		assertThat(handledMessage().text()).isEmpty();
	}

	private InboundMessage handledMessage() {
		ArgumentCaptor<InboundMessage> message = ArgumentCaptor.forClass(InboundMessage.class);
		verify(conversations).answerOnce(message.capture(), any());
		return message.getValue();
	}

	/**
	 * The mocked conversation comes to {@code handled} and answers, as the real one does,
	 * with the webhook's TwiML.
	 */
	@SuppressWarnings("unchecked")
	private static Answer<Mono<String>> answering(Handled handled) {
		return invocation -> Mono.just(((Function<Handled, String>) invocation.getArgument(1)).apply(handled));
	}

	private WebTestClient.ResponseSpec post(Map<String, String> parameters, String signature) {
		WebTestClient.RequestBodySpec request = client.post().uri(TwilioWebhook.PATH);
		if (signature != null) {
			request.header(TwilioSignature.HEADER, signature);
		}
		return request.body(BodyInserters.fromFormData(TwilioRequests.form(parameters))).exchange();
	}

}
