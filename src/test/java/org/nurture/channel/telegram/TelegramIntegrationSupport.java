package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a random port in webhook mode, its Bot API a WireMock server that answers as Telegram does, on an
 * embedded H2 database. The tests share one context; each parent is a new chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"nurture.telegram.bot-token=" + BotApiResponses.TOKEN,
		"nurture.telegram.webhook-secret=" + TelegramIntegrationSupport.SECRET,
		"nurture.telegram.public-base-url=https://nurture.example.org/",
		"spring.r2dbc.url=r2dbc:h2:mem:///telegram-tests;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:telegram-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureWebTestClient
abstract class TelegramIntegrationSupport {

	static final String SECRET = "x9Jq-2mB_7vLr0Kd";

	static final WireMockServer telegram = BotApiResponses.startedForWebhooks();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void botApi(DynamicPropertyRegistry registry) {
		registry.add("nurture.telegram.api-base-url", telegram::baseUrl);
	}

	@Autowired
	WebTestClient client;

	WebTestClient.ResponseSpec post(String update) {
		return client.post().uri(TelegramWebhook.PATH)
			.header(TelegramWebhook.SECRET_HEADER, SECRET)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(update)
			.exchange();
	}

	/** The messages sent to the chat so far, in order. */
	static List<JsonNode> sentTo(long chat) {
		List<LoggedRequest> requests = telegram.findAll(postRequestedFor(urlPathEqualTo(BotApiResponses.path("sendmessage")))
			.withRequestBody(matchingJsonPath("$.chat_id", WireMock.equalTo(String.valueOf(chat)))));
		return requests.stream().map(request -> JSON.readTree(request.getBodyAsString())).toList();
	}

	/** Waits until the chat has received more than {@code before} messages, and returns the new ones' texts. */
	static List<JsonNode> awaitReplies(long chat, int before) {
		await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(chat).size() > before);
		// the rest of a multi-part answer follows within the chat's pace
		await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> true);
		List<JsonNode> all = sentTo(chat);
		return all.subList(before, all.size());
	}

	static String texts(List<JsonNode> messages) {
		return String.join("\n", messages.stream().map(message -> message.get("text").asString()).toList());
	}
}
