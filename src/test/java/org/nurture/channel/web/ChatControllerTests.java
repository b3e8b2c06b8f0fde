package org.nurture.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.nurture.channel.ChannelTexts;
import org.nurture.contact.Channel;
import org.nurture.conversation.ConversationService;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import reactor.core.publisher.Mono;

@WebFluxTest(ChatController.class)
@Import({ ChatControllerTests.FixedClock.class, ChannelTexts.class })
class ChatControllerTests {

	static final String CONVERSATION = "3f1c2b7e-9a44-4c1e-8d0b-6a2f0c9e1d55";

	@Autowired
	WebTestClient client;

	@MockitoBean
	ConversationService conversations;

	@Test
	void answersWithTheRepliesAndTheirChoices() {
		given(conversations.handle(any())).willReturn(Mono.just(List.of(Reply.of("DISCLAIMER"),
				new Reply("Sunflower oil works well.", List.of("Patch test", "Back")))));
		client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"conversationId\":\"" + CONVERSATION + "\",\"text\":\"what oil?\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.replies[0].text")
			.isEqualTo("DISCLAIMER")
			.jsonPath("$.replies[0].choices")
			.isEmpty()
			.jsonPath("$.replies[1].choices[0]")
			.isEqualTo("Patch test");
		ArgumentCaptor<InboundMessage> message = ArgumentCaptor.forClass(InboundMessage.class);
		verify(conversations).handle(message.capture());
		assertThat(message.getValue().channel()).isEqualTo(Channel.WEB);
		assertThat(message.getValue().address()).isEqualTo(CONVERSATION);
		assertThat(message.getValue().text()).isEqualTo("what oil?");
	}

	@Test
	void rejectsMalformedJson() {
		expectBadRequest("{\"conversationId\": \"" + CONVERSATION + "\", \"text\": ", "the body must be JSON");
	}

	@Test
	void rejectsAMissingText() {
		expectBadRequest("{\"conversationId\":\"" + CONVERSATION + "\"}", "text is required");
	}

	@Test
	void rejectsAMissingConversationId() {
		expectBadRequest("{\"text\":\"hi\"}", "conversationId is required");
	}

	@Test
	void rejectsAConversationIdThatIsNotAnId() {
		expectBadRequest("{\"conversationId\":\"<script>\",\"text\":\"hi\"}", "conversationId must be");
	}

	@Test
	void rejectsAnOversizedText() {
		expectBadRequest("{\"conversationId\":\"" + CONVERSATION + "\",\"text\":\"" + "a".repeat(1001) + "\"}",
				"text must be at most 1000 characters");
	}

	@Test
	void rejectsAnOversizedBody() {
		client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"conversationId\":\"" + CONVERSATION + "\",\"text\":\"" + "a".repeat(70_000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("the request body is too large (the limit is 64 KiB)");
		verify(conversations, never()).handle(any());
	}

	@Test
	void rejectsAnotherContentType() {
		client.post()
			.uri("/api/chat")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("hi")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("send the message as application/json");
		verify(conversations, never()).handle(any());
	}

	@Test
	void rejectsFieldsThatAreNotStrings() {
		expectBadRequest("{\"conversationId\":\"" + CONVERSATION + "\",\"text\":123}", "text must be a string");
		expectBadRequest("{\"conversationId\":12345678,\"text\":\"hi\"}", "conversationId must be a string");
	}

	@Test
	void saysSoWhenItCannotAnswer() {
		given(conversations.handle(any())).willReturn(Mono.error(new IllegalStateException("database down")));
		client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"conversationId\":\"" + CONVERSATION + "\",\"text\":\"hi\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.error")
			.value(error -> assertThat((String) error).startsWith("Sorry, Nurture could not answer just now.")
				.contains("Perdón, Nurture no pudo responder ahora.", "911"));
	}

	private void expectBadRequest(String body, String error) {
		client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.value(message -> assertThat((String) message).contains(error));
		verify(conversations, never()).handle(any());
	}

	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-06-15T19:00:00Z"), ZoneOffset.UTC);
		}

		/** The real content, for the texts the chat says itself (the apology). */
		@Bean
		Content content() {
			return new ContentLoader().load(Path.of("conversations"));
		}

	}

}
