package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.nurture.channel.ProcessedMessages;
import org.nurture.conversation.Reply;
import org.nurture.testing.SettableClock;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of Telegram replies on a real database, the service in webhook mode on a
 * random port and WireMock as the Bot API. The scheduled sweep is set an hour apart, so
 * each test runs its sweeps itself, and a row "left waiting" is one written more than an
 * hour before the (settable) clock. Run on each database the service supports, since the
 * claims are guarded there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nurture.telegram.bot-token=" + BotApiResponses.TOKEN,
				"nurture.telegram.webhook-secret=" + TelegramOutboxContract.SECRET,
				"nurture.telegram.public-base-url=https://nurture.example.org/",
				"nurture.telegram.outbox-sweep-interval=1h", "nurture.telegram.request-timeout=1s",
				"spring.r2dbc.url=r2dbc:h2:mem:///telegram-outbox-tests;DB_CLOSE_DELAY=-1",
				"spring.flyway.url=jdbc:h2:mem:telegram-outbox-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureWebTestClient
@Import(TelegramOutboxContract.Clocks.class)
abstract class TelegramOutboxContract {

	static final String SECRET = "outbox-secret";

	static final Instant START = Instant.parse("2026-06-15T19:00:00Z");

	static final Duration LEFT_WAITING = Duration.ofHours(2);

	static final WireMockServer telegram = BotApiResponses.startedForWebhooks();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void botApi(DynamicPropertyRegistry registry) {
		registry.add("nurture.telegram.api-base-url", telegram::baseUrl);
	}

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	TelegramReplies replies;

	@Autowired
	TelegramOutboxSchedule schedule;

	@Autowired
	SettableClock clock;

	@MockitoSpyBean
	TelegramOutbox outbox;

	@AfterEach
	void realOutbox() {
		reset(outbox);
	}

	@Test
	void aRepliedUpdateIsRecordedWithItsReplyWhichIsSentAtOnce() {
		long chat = TelegramUpdates.newChat();
		int updateId = TelegramUpdates.nextUpdateId();
		post(TelegramUpdates.text(updateId, chat, "/help")).expectStatus().isOk();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statuses(chat)).containsExactly("SENT"));
		assertThat(texts(chat)).hasSize(1).first().asString().contains("STOP");
		assertThat(updateRecorded(updateId)).isTrue();
	}

	@Test
	void whenTheUpdateCannotBeRecordedNeitherIsItsReplyAndTheParentGetsAnApology() {
		long chat = TelegramUpdates.newChat();
		int updateId = TelegramUpdates.nextUpdateId();
		doAnswer(call -> ((Mono<?>) call.callRealMethod())
			.then(Mono.error(new IllegalStateException("the commit failed")))).when(outbox).record(any(), any(), any());
		post(TelegramUpdates.text(updateId, chat, "/help")).expectStatus().isOk();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(texts(chat)).hasSize(2).first().asString().contains("could not answer"));
		assertThat(statuses(chat)).isEmpty();
		assertThat(updateRecorded(updateId)).isFalse();

		reset(outbox);
		post(TelegramUpdates.text(updateId, chat, "/help")).expectStatus().isOk();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statuses(chat)).containsExactly("SENT"));
		assertThat(texts(chat)).hasSize(3).last().asString().contains("STOP");
	}

	@Test
	void repliesLeftWaitingAreSentOnceInOrderThoughTwoSweepsRace() {
		Map<Long, List<String>> expected = new LinkedHashMap<>();
		for (int i = 0; i < 12; i++) {
			long chat = TelegramUpdates.newChat();
			List<String> said = new ArrayList<>();
			for (int reply = 1; reply <= 1 + i % 3; reply++) {
				said.add("reply " + reply);
				leftWaiting(chat, "reply " + reply);
			}
			expected.put(chat, said);
		}
		Flux.merge(replies.sweep().subscribeOn(Schedulers.boundedElastic()),
				replies.sweep().subscribeOn(Schedulers.boundedElastic()))
			.blockLast(Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> expected.keySet().forEach(chat -> assertThat(statuses(chat)).allMatch("SENT"::equals)));
		replies.sweep().block(Duration.ofSeconds(10));
		expected.forEach((chat, said) -> assertThat(texts(chat)).as("chat %d", chat).containsExactlyElementsOf(said));
	}

	@Test
	void aReplyLeftWaitingIsSentOnceThoughItsInstanceAndASweepRace() {
		List<Long> chats = new ArrayList<>();
		List<TelegramOutbox.Row> rows = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long chat = TelegramUpdates.newChat();
			chats.add(chat);
			rows.add(leftWaiting(chat, "only once"));
		}
		Mono<Long> sweep = replies.sweep().subscribeOn(Schedulers.boundedElastic());
		rows.forEach(row -> replies.afterCommit(null, row));
		sweep.block(Duration.ofSeconds(10));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> chats.forEach(chat -> assertThat(statuses(chat)).containsExactly("SENT")));
		chats.forEach(chat -> assertThat(texts(chat)).containsExactly("only once"));
	}

	@Test
	void aReplyStillBeingSentPastItsLeaseIsRecordedUnknownNeverSentAndTheChatMovesOn() {
		long chat = TelegramUpdates.newChat();
		TelegramOutbox.Row lost = leftWaiting(chat, "lost with its instance");
		claimedAgo(lost, Duration.ofMinutes(6));
		leftWaiting(chat, "the next one");

		replies.sweep().block(Duration.ofSeconds(10));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(statuses(chat)).containsExactly("UNKNOWN", "SENT"));
		assertThat(texts(chat)).containsExactly("the next one");
		assertThat(details(chat).get(0)).contains("may have been sent");
	}

	@Test
	void aReplyBeingSentHoldsBackItsChatsLaterRepliesUntilItsLeaseEnds() {
		long chat = TelegramUpdates.newChat();
		TelegramOutbox.Row inFlight = leftWaiting(chat, "on its way from another instance");
		claimedAgo(inFlight, Duration.ofMinutes(1));
		leftWaiting(chat, "after it");

		replies.sweep().block(Duration.ofSeconds(10));

		assertThat(statuses(chat)).containsExactly("SENDING", "PENDING");
		assertThat(texts(chat)).isEmpty();
	}

	@Test
	void aSendWithoutAnAnswerInTimeIsUnknownAndNeverSentAgain() {
		long chat = TelegramUpdates.newChat();
		telegram.stubFor(WireMock.post(urlPathEqualTo(BotApiResponses.path("sendmessage")))
			.withRequestBody(matchingJsonPath("$.chat_id", WireMock.equalTo(String.valueOf(chat))))
			.atPriority(1)
			.willReturn(BotApiResponses.sent(chat, 1).withFixedDelay(2_500)));
		leftWaiting(chat, "slow");

		replies.sweep().block(Duration.ofSeconds(10));
		assertThat(statuses(chat)).containsExactly("UNKNOWN");
		assertThat(details(chat).get(0)).contains("may have been delivered");

		clock.set(clock.instant().plus(Duration.ofMinutes(10)));
		try {
			replies.sweep().block(Duration.ofSeconds(10));
		}
		finally {
			clock.set(START);
		}
		assertThat(requestsTo(chat)).hasSize(1);
	}

	@Test
	void updatesInQuickSuccessionAreAnsweredInTheOrderTheyCame() {
		long chat = TelegramUpdates.newChat();
		telegram.stubFor(WireMock.post(urlPathEqualTo(BotApiResponses.path("sendmessage")))
			.withRequestBody(matchingJsonPath("$.chat_id", WireMock.equalTo(String.valueOf(chat))))
			.atPriority(1)
			.willReturn(BotApiResponses.sent(chat, 1).withFixedDelay(100)));
		List<String> said = List.of("/help", "/language", "/menu", "/help");
		for (String text : said) {
			post(TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat, text)).expectStatus().isOk();
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(statuses(chat)).hasSize(4).allMatch("SENT"::equals));
		List<String> recorded = new ArrayList<>();
		rows(chat).forEach(row -> row.replies().forEach(reply -> recorded.add(reply.text())));
		assertThat(texts(chat)).containsExactlyElementsOf(recorded);
		List<LoggedRequest> requests = requestsTo(chat);
		for (int i = 1; i < requests.size(); i++) {
			long gap = requests.get(i).getLoggedDate().getTime() - requests.get(i - 1).getLoggedDate().getTime();
			assertThat(gap).as("between message %d and the one before (one at a time, 100 ms each)", i)
				.isGreaterThanOrEqualTo(90);
		}
	}

	@Test
	void pruningForgetsOldRowsButNotRecentOnes() {
		long chat = TelegramUpdates.newChat();
		TelegramOutbox.Row sent = outbox
			.record(String.valueOf(chat), List.of(Reply.of("old, sent")), START.minus(Duration.ofDays(3)))
			.block();
		database.sql("UPDATE telegram_outbox SET status = 'SENT' WHERE id = :id").bind("id", sent.id()).then().block();
		outbox.record(String.valueOf(chat), List.of(Reply.of("old, never sent")), START.minus(Duration.ofDays(3)))
			.block();
		outbox.record(String.valueOf(chat), List.of(Reply.of("recent")), START.minus(Duration.ofHours(1))).block();

		schedule.prune().block(Duration.ofSeconds(10));

		assertThat(rows(chat)).extracting(row -> row.replies().get(0).text()).containsExactly("recent");
	}

	private WebTestClient.ResponseSpec post(String update) {
		return client.post()
			.uri(TelegramWebhook.PATH)
			.header(TelegramWebhook.SECRET_HEADER, SECRET)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(update)
			.exchange();
	}

	/**
	 * A reply recorded long enough ago to count as left waiting (its instance died after
	 * the commit).
	 */
	private TelegramOutbox.Row leftWaiting(long chat, String text) {
		return outbox.record(String.valueOf(chat), List.of(Reply.of(text)), clock.instant().minus(LEFT_WAITING))
			.block();
	}

	/** As if an instance claimed the row that long ago and has not finished it. */
	private void claimedAgo(TelegramOutbox.Row row, Duration ago) {
		database.sql("UPDATE telegram_outbox SET status = 'SENDING', claimed_at = :at WHERE id = :id")
			.bind("at", clock.instant().minus(ago).atOffset(ZoneOffset.UTC))
			.bind("id", row.id())
			.then()
			.block();
	}

	private boolean updateRecorded(int updateId) {
		return Boolean.TRUE.equals(database.sql("SELECT COUNT(*) AS n FROM processed_message WHERE id = :id")
			.bind("id", ProcessedMessages.key(ProcessedMessages.TELEGRAM, "123456789:" + updateId))
			.map(row -> row.get("n", Long.class) > 0)
			.one()
			.block());
	}

	private List<TelegramOutbox.Row> rows(long chat) {
		return database.sql("SELECT id, replies FROM telegram_outbox WHERE chat_id = :chat ORDER BY id")
			.bind("chat", String.valueOf(chat))
			.map(row -> new TelegramOutbox.Row(row.get("id", Long.class), String.valueOf(chat),
					JSON.readValue(row.get("replies", String.class), new TypeReference<List<Reply>>() {
					})))
			.all()
			.collectList()
			.block();
	}

	private List<String> statuses(long chat) {
		return column(chat, "status");
	}

	private List<String> details(long chat) {
		return column(chat, "detail");
	}

	private List<String> column(long chat, String column) {
		return database.sql("SELECT " + column + " AS v FROM telegram_outbox WHERE chat_id = :chat ORDER BY id")
			.bind("chat", String.valueOf(chat))
			.map(row -> String.valueOf(row.get("v", String.class)))
			.all()
			.collectList()
			.block();
	}

	private static List<LoggedRequest> requestsTo(long chat) {
		return telegram.findAll(postRequestedFor(urlPathEqualTo(BotApiResponses.path("sendmessage")))
			.withRequestBody(matchingJsonPath("$.chat_id", WireMock.equalTo(String.valueOf(chat)))));
	}

	/** The texts sent to the chat, in the order they reached the Bot API. */
	private static List<String> texts(long chat) {
		return requestsTo(chat).stream()
			.map(request -> JSON.readTree(request.getBodyAsString()).get("text").asString())
			.toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock(START);
		}

	}

}
