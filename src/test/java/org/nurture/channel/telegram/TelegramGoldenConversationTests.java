package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.nurture.channel.DeliveryOutcome;
import org.nurture.contact.Channel;
import org.nurture.conversation.golden.GoldenConversation;
import org.nurture.conversation.golden.GoldenConversations;
import org.nurture.conversation.golden.GoldenTurn;
import org.nurture.testing.SettableClock;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden conversations of {@code conversations/tests/}, written to the bot: every
 * turn posted to the webhook as a Telegram update (an empty message as a sticker), every
 * answer read from what reached the Bot API. The texts must be exactly the engine's, and
 * the choices the buttons under the last message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nurture.telegram.bot-token=" + BotApiResponses.TOKEN,
				"nurture.telegram.webhook-secret=" + TelegramGoldenConversationTests.SECRET,
				"nurture.telegram.public-base-url=https://nurture.example.org",
				// the conversations run faster than a parent types; Telegram's per-chat
				// pace is tested elsewhere
				"nurture.telegram.chat-burst=1000",
				"spring.r2dbc.url=r2dbc:h2:mem:///telegram-golden-tests;DB_CLOSE_DELAY=-1",
				"spring.flyway.url=jdbc:h2:mem:telegram-golden-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureWebTestClient
class TelegramGoldenConversationTests {

	static final String SECRET = "golden-secret";

	/**
	 * The golden runner's afternoon: each turn is a minute after the one before unless it
	 * says otherwise.
	 */
	static final Instant START = Instant.parse("2026-06-15T19:00:00Z");

	static final WireMockServer telegram = BotApiResponses.startedForWebhooks();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void botApi(DynamicPropertyRegistry registry) {
		registry.add("nurture.telegram.api-base-url", telegram::baseUrl);
	}

	@Autowired
	WebTestClient client;

	@Autowired
	SettableClock clock;

	@MockitoSpyBean
	TelegramOutboundGateway gateway;

	/**
	 * Released each time the replies to an update have all been handed to the Bot API.
	 */
	final Semaphore replied = new Semaphore(0);

	@BeforeEach
	@SuppressWarnings("unchecked")
	void countFinishedReplies() {
		doAnswer(call -> ((Mono<DeliveryOutcome>) call.callRealMethod()).doFinally(signal -> replied.release()))
			.when(gateway)
			.reply(any(), any());
	}

	@TestFactory
	Stream<DynamicTest> everyGoldenConversationReadsTheSameOnTelegram() {
		List<GoldenConversation> conversations = GoldenConversations.load(Path.of("conversations", "tests"));
		assertThat(conversations).isNotEmpty();
		return conversations.stream()
			.filter(conversation -> conversation.runsOn(Channel.TELEGRAM))
			.map(conversation -> DynamicTest.dynamicTest(conversation.file() + ": " + conversation.name(),
					() -> run(conversation)));
	}

	private void run(GoldenConversation conversation) throws Exception {
		long chat = TelegramUpdates.newChat();
		// As by SMS, a conversation's starting language cannot be given through the
		// channel: a new contact starts in the content's default language (the engine
		// still detects the parent's).
		Instant now = START;
		StringBuilder transcript = new StringBuilder();
		for (GoldenTurn turn : conversation.turns()) {
			now = now.plus(Duration.ofMinutes(1 + turn.afterMinutes()));
			clock.set(now);
			List<JsonNode> messages = say(chat, turn);
			List<String> texts = messages.stream().map(message -> message.get("text").asString()).toList();
			String said = String.join("\n\n", texts);
			List<String> buttons = messages.isEmpty() ? List.of() : buttons(messages.get(messages.size() - 1));
			transcript.append("parent: ")
				.append(turn.user())
				.append("\n  telegram: ")
				.append(said.isEmpty() ? "(no reply)" : said.replace("\n", "\n            "))
				.append(buttons.isEmpty() ? "" : "\n  buttons: " + buttons)
				.append('\n');
			String where = conversation.file() + ":" + turn.line() + " after \"" + turn.user() + "\"\n\n" + transcript;
			turn.assertAnswer(where, said, said + "\n" + String.join(" | ", allButtons(messages)), buttons);
		}
	}

	/**
	 * Posts the turn and returns the messages it got; a turn that expects nothing may get
	 * nothing.
	 */
	private List<JsonNode> say(long chat, GoldenTurn turn) throws InterruptedException {
		int before = sentTo(chat).size();
		int updateId = TelegramUpdates.nextUpdateId();
		String update = turn.location() != null
				? TelegramUpdates.location(updateId, chat, turn.location().latitude(), turn.location().longitude())
				: turn.user().isEmpty() ? TelegramUpdates.sticker(updateId, chat)
						: TelegramUpdates.text(updateId, chat, turn.user());
		client.post()
			.uri(TelegramWebhook.PATH)
			.header(TelegramWebhook.SECRET_HEADER, SECRET)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(update)
			.exchange()
			.expectStatus()
			.isOk();
		boolean silenceExpected = turn.botExact() != null && turn.botExact().isBlank();
		replied.tryAcquire(silenceExpected ? 300 : 5_000, TimeUnit.MILLISECONDS);
		List<JsonNode> all = sentTo(chat);
		return all.subList(before, all.size());
	}

	private static List<JsonNode> sentTo(long chat) {
		return telegram
			.findAll(postRequestedFor(urlPathEqualTo(BotApiResponses.path("sendmessage")))
				.withRequestBody(matchingJsonPath("$.chat_id", WireMock.equalTo(String.valueOf(chat)))))
			.stream()
			.map(request -> JSON.readTree(request.getBodyAsString()))
			.toList();
	}

	private static List<String> buttons(JsonNode message) {
		return message.at("/reply_markup/inline_keyboard")
			.valueStream()
			.map(row -> row.get(0).get("text").asString())
			.toList();
	}

	private static List<String> allButtons(List<JsonNode> messages) {
		List<String> all = new ArrayList<>();
		messages.forEach(message -> all.addAll(buttons(message)));
		return all;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class GoldenClock {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock(START);
		}

	}

}
