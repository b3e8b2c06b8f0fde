package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.nurture.channel.DeliveryOutcome;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a random port in webhook mode, its Bot API a WireMock server that
 * answers as Telegram does, on an embedded H2 database. The tests share one context; each
 * parent is a new chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nurture.telegram.bot-token=" + BotApiResponses.TOKEN,
				"nurture.telegram.webhook-secret=" + TelegramIntegrationSupport.SECRET,
				"nurture.telegram.public-base-url=https://nurture.example.org/",
				"spring.r2dbc.url=r2dbc:h2:mem:///telegram-tests;DB_CLOSE_DELAY=-1",
				"spring.flyway.url=jdbc:h2:mem:telegram-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureWebTestClient
abstract class TelegramIntegrationSupport {

	static final String SECRET = "x9Jq-2mB_7vLr0Kd";

	static final WireMockServer telegram = BotApiResponses.startedForWebhooks();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Per chat id, the replies handed to the gateway whose messages are not all sent yet
	 * (or given up on).
	 */
	private static final Map<String, AtomicInteger> REPLYING = new ConcurrentHashMap<>();

	@DynamicPropertySource
	static void botApi(DynamicPropertyRegistry registry) {
		registry.add("nurture.telegram.api-base-url", telegram::baseUrl);
	}

	@Autowired
	WebTestClient client;

	@MockitoSpyBean
	TelegramOutboundGateway gateway;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void countRepliesOnTheirWay() {
		doAnswer(call -> {
			AtomicInteger onTheirWay = REPLYING.computeIfAbsent(call.getArgument(0), chat -> new AtomicInteger());
			onTheirWay.incrementAndGet();
			return ((Mono<DeliveryOutcome>) call.callRealMethod()).doFinally(signal -> onTheirWay.decrementAndGet());
		}).when(gateway).reply(any(), any());
	}

	WebTestClient.ResponseSpec post(String update) {
		return client.post()
			.uri(TelegramWebhook.PATH)
			.header(TelegramWebhook.SECRET_HEADER, SECRET)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(update)
			.exchange();
	}

	/** The messages sent to the chat so far, in order. */
	static List<JsonNode> sentTo(long chat) {
		List<LoggedRequest> requests = telegram
			.findAll(postRequestedFor(urlPathEqualTo(BotApiResponses.path("sendmessage")))
				.withRequestBody(matchingJsonPath("$.chat_id", WireMock.equalTo(String.valueOf(chat)))));
		return requests.stream().map(request -> JSON.readTree(request.getBodyAsString())).toList();
	}

	/**
	 * Waits until the chat has received more than {@code before} messages and the reply
	 * they belong to has gone out whole (a long answer goes in several messages, at the
	 * chat's pace), and returns the new messages.
	 */
	static List<JsonNode> awaitReplies(long chat, int before) {
		await("a whole reply to chat " + chat + " after its first " + before + " messages")
			.pollInterval(Duration.ofMillis(20))
			.atMost(Duration.ofSeconds(10))
			.until(() -> sentTo(chat).size() > before && !replying(chat));
		List<JsonNode> all = sentTo(chat);
		return all.subList(before, all.size());
	}

	/**
	 * Whether a reply to the chat has been handed to the gateway and not all of its
	 * messages have been sent yet.
	 */
	private static boolean replying(long chat) {
		AtomicInteger onTheirWay = REPLYING.get(String.valueOf(chat));
		return onTheirWay != null && onTheirWay.get() > 0;
	}

	static String texts(List<JsonNode> messages) {
		return String.join("\n", messages.stream().map(message -> message.get("text").asString()).toList());
	}

}
