package org.nurture.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A whole conversation through the real HTTP endpoint, the real content and the embedded
 * database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.r2dbc.url=r2dbc:h2:mem:///web-chat-tests;DB_CLOSE_DELAY=-1",
				"spring.flyway.url=jdbc:h2:mem:web-chat-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureWebTestClient
class WebChatIntegrationTests {

	@Autowired
	WebTestClient client;

	final String conversation = UUID.randomUUID().toString();

	@Test
	void aParentChatsInEnglishAndSwitchesTopicMidFlow() {
		List<Map<String, Object>> welcome = chat("hi");
		assertThat(choices(welcome)).isNotEmpty();
		chat("How to start");
		List<Map<String, Object>> oil = chat("wat oil shud i use");
		assertThat(text(oil)).containsIgnoringCase("sunflower");
		List<Map<String, Object>> back = chat("back");
		assertThat(text(back)).containsIgnoringCase("how old");
	}

	@Test
	void aParentWritingSpanishGetsSpanish() {
		List<Map<String, Object>> replies = chat("hola, q aceite puedo usar para mi bebe?");
		assertThat(text(replies)).containsIgnoringCase("girasol");
	}

	@Test
	void aCrisisMessageGetsTheNumberFirst() {
		List<Map<String, Object>> replies = chat("i want to kill myself");
		assertThat(text(replies)).contains("988");
	}

	@Test
	void stopEndsTheConversationUntilStart() {
		chat("hi");
		assertThat(text(chat("STOP"))).containsIgnoringCase("start");
		assertThat(chat("what oil should i use")).isEmpty();
		assertThat(text(chat("START"))).isNotEmpty();
	}

	@Test
	void theHomePageIsTheChat() {
		client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Nurture"));
	}

	@Test
	void healthIsUp() {
		client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> chat(String text) {
		Map<String, Object> body = client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("conversationId", conversation, "text", text))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) body.get("replies");
	}

	private static String text(List<Map<String, Object>> replies) {
		StringBuilder text = new StringBuilder();
		replies.forEach(reply -> text.append(reply.get("text")).append('\n'));
		return text.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<String> choices(List<Map<String, Object>> replies) {
		return (List<String>) replies.get(replies.size() - 1).get("choices");
	}

}
