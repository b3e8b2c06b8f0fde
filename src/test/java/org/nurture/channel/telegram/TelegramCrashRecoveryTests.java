package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.nurture.conversation.Reply;
import org.nurture.conversation.golden.GoldenConversation;
import org.nurture.conversation.golden.GoldenConversations;
import org.nurture.conversation.golden.GoldenTurn;
import org.nurture.testing.PostgresTestSchema;
import org.nurture.testing.ServiceProcess;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Telegram update the service acknowledged gets its replies, once, though the
 * service is killed ({@code kill -9}) mid-burst: the replies are recorded with the update
 * before Telegram gets its 200, and whatever was not sent when the process died is sent
 * after the restart, in order, and never twice.
 * <p>
 * The service runs in a JVM of its own in webhook mode, on the embedded database or a
 * PostgreSQL schema, with WireMock (in this JVM) as the Bot API; its sends are slow (a
 * tenth of a second each, and Telegram's one a second per chat after a burst), so replies
 * queue up in the outbox. Twenty chats write to it, each update after the last one's 200,
 * as Telegram delivers one chat's updates; after {@value #KILL_AFTER} acknowledged
 * updates the process is killed. Started again on the same data, it is sent each chat's
 * update that was in flight at the kill, as Telegram would (it never got a 200 for it).
 * Then, per chat, what reached the Bot API must be exactly the recorded replies in order,
 * each at most once: all of them, but for a reply the killed process was sending
 * (recorded as unknown after the lease, never resent).
 */
class TelegramCrashRecoveryTests {

	private static final Logger log = LoggerFactory.getLogger(TelegramCrashRecoveryTests.class);

	private static final int CHATS = 20;

	private static final int KILL_AFTER = 100;

	private static final String SECRET = "crash-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_telegram_crash");

	@TempDir
	Path temp;

	private final List<ServiceProcess> services = new ArrayList<>();

	private final WireMockServer telegram = BotApiResponses.startedForWebhooks();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@AfterEach
	void stop() {
		services.forEach(ServiceProcess::kill);
		telegram.stop();
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		POSTGRES.drop();
	}

	@Test
	void onTheEmbeddedDatabaseEveryAcknowledgedUpdateGetsItsRepliesOnceAfterAKill() {
		Path dataDir = temp.resolve("data");
		crashAndRestart(List.of("--nurture.data-dir=" + dataDir), () -> DriverManager
			.getConnection("jdbc:h2:file:" + dataDir.resolve("nurture") + ";DB_CLOSE_DELAY=0", "sa", ""));
	}

	@Test
	void onPostgresqlEveryAcknowledgedUpdateGetsItsRepliesOnceAfterAKill() {
		POSTGRES.require();
		List<String> arguments = POSTGRES.springProperties()
			.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toList();
		crashAndRestart(arguments, () -> POSTGRES.flyway().getDataSource().getConnection());
	}

	private void crashAndRestart(List<String> databaseArguments, Connector database) {
		telegram.stubFor(post(urlPathEqualTo(BotApiResponses.path("sendmessage")))
			.willReturn(BotApiResponses.sent(1, 1).withFixedDelay(100)));
		List<String> arguments = new ArrayList<>(databaseArguments);
		// Quick rounds, and a short lease, so that what the killed process was sending is
		// settled soon after the restart.
		arguments.addAll(List.of("--nurture.telegram.outbox-sweep-interval=1s", "--nurture.telegram.outbox-lease=3s",
				"--nurture.tips.enabled=false"));
		List<Chat> chats = chats();
		int inFlightAtKill = burst(start(arguments, "service-1.log"), chats);
		int sentBeforeRestart = requests();

		ServiceProcess restarted = start(arguments, "service-2.log");
		for (Chat chat : chats) {
			if (chat.inFlight != null) {
				assertThat(redeliver(restarted, chat.inFlight).statusCode()).isEqualTo(200);
				chat.acknowledged.add(chat.inFlight);
			}
		}
		AtomicLong lastCount = new AtomicLong(-1);
		await("the Bot API quiet for 5 s").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofSeconds(5))
			.until(() -> {
				long count = requests();
				return lastCount.getAndSet(count) == count;
			});
		int sentAfterRestart = requests() - sentBeforeRestart;
		restarted.stop();

		Map<Long, List<Row>> rows = rows(database);
		List<String> problems = new ArrayList<>();
		int unknown = 0;
		for (Chat chat : chats) {
			List<Row> recorded = rows.getOrDefault(chat.id, List.of());
			unknown += (int) recorded.stream().filter(row -> row.status.equals("UNKNOWN")).count();
			if (recorded.size() != chat.acknowledged.size()) {
				problems.add(chat.id + ": " + chat.acknowledged.size() + " updates acknowledged, " + recorded.size()
						+ " recorded with replies");
			}
			recorded.stream()
				.filter(row -> !row.status.equals("SENT") && !row.status.equals("UNKNOWN"))
				.forEach(row -> problems.add(chat.id + ": a reply left " + row.status));
			List<String> received = received(chat.id);
			if (!sentOnceInOrder(recorded, 0, received, 0)) {
				problems.add(chat.id + ": the Bot API got " + received + " for " + recorded);
			}
		}
		log.info(
				"{} updates acknowledged before the kill, {} in flight at it; {} messages sent before the restart, {}"
						+ " after; {} replies unknown",
				KILL_AFTER, inFlightAtKill, sentBeforeRestart, sentAfterRestart, unknown);
		int unknownReplies = unknown;
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(sentAfterRestart).as("messages sent after the restart (left in the outbox)").isPositive();
			softly.assertThat(unknownReplies)
				.as("replies unknown (at most one in flight per chat at the kill)")
				.isLessThanOrEqualTo(CHATS);
			softly.assertThat(problems).as("chats whose replies were lost, doubled or out of order").isEmpty();
		});
	}

	/**
	 * Whether the messages received, from {@code next} on, are the rows' replies from
	 * {@code row} on, in order, each once: all of a sent row's, any leading part of an
	 * unknown one's.
	 */
	private static boolean sentOnceInOrder(List<Row> rows, int row, List<String> received, int next) {
		if (row == rows.size()) {
			return next == received.size();
		}
		List<String> messages = rows.get(row).messages;
		int matching = 0;
		while (matching < messages.size() && next + matching < received.size()
				&& messages.get(matching).equals(received.get(next + matching))) {
			matching++;
		}
		if (matching == messages.size() && sentOnceInOrder(rows, row + 1, received, next + matching)) {
			return true;
		}
		if (!rows.get(row).status.equals("UNKNOWN")) {
			return false;
		}
		for (int part = matching; part >= 0; part--) {
			if (sentOnceInOrder(rows, row + 1, received, next + part)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The chats write until {@value #KILL_AFTER} updates have been acknowledged, then the
	 * service is killed with updates in flight; returns how many.
	 */
	private int burst(ServiceProcess service, List<Chat> chats) {
		AtomicInteger acknowledged = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(chats.size());
		try {
			for (Chat chat : chats) {
				senders.execute(() -> writeUntilKilled(service, chat, acknowledged));
			}
			await("100 updates acknowledged before the kill").atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(2))
				.failFast("the service stopped", () -> !service.isAlive())
				.until(() -> acknowledged.get() >= KILL_AFTER);
			service.kill();
		}
		finally {
			senders.shutdown();
		}
		try {
			assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).as("every chat stopped").isTrue();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
		return (int) chats.stream().filter(chat -> chat.inFlight != null).count();
	}

	/**
	 * One chat's updates, one after another, its conversation's turns over and over; an
	 * update whose request fails (the service was killed) stays in flight.
	 */
	private void writeUntilKilled(ServiceProcess service, Chat chat, AtomicInteger acknowledged) {
		for (int turn = 0; service.isAlive(); turn++) {
			String update = TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat.id,
					chat.script.get(turn % chat.script.size()));
			chat.inFlight = update;
			try {
				if (deliver(service, update).statusCode() != 200) {
					return;
				}
			}
			catch (IOException killed) {
				return;
			}
			chat.acknowledged.add(update);
			chat.inFlight = null;
			acknowledged.incrementAndGet();
		}
	}

	private HttpResponse<String> deliver(ServiceProcess service, String update) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(service.uri(TelegramWebhook.PATH))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header(TelegramWebhook.SECRET_HEADER, SECRET)
			.POST(HttpRequest.BodyPublishers.ofString(update))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException(interrupted);
		}
	}

	private HttpResponse<String> redeliver(ServiceProcess service, String update) {
		try {
			return deliver(service, update);
		}
		catch (IOException failed) {
			throw new IllegalStateException(
					"Redelivering an update failed; the service's log:" + System.lineSeparator() + service.logTail(40),
					failed);
		}
	}

	private ServiceProcess start(List<String> arguments, String logFile) {
		ServiceProcess service = ServiceProcess.start(temp.resolve(logFile), arguments,
				Map.of("TELEGRAM_BOT_TOKEN", BotApiResponses.TOKEN, "TELEGRAM_WEBHOOK_SECRET", SECRET,
						"PUBLIC_BASE_URL", "https://nurture.example.org", "TELEGRAM_API_BASE_URL", telegram.baseUrl()));
		services.add(service);
		return service;
	}

	private int requests() {
		return telegram.findAll(postRequestedFor(urlPathEqualTo(BotApiResponses.path("sendmessage")))).size();
	}

	/** The texts the Bot API was asked to send to the chat, in order. */
	private List<String> received(long chat) {
		return telegram
			.findAll(postRequestedFor(urlPathEqualTo(BotApiResponses.path("sendmessage")))
				.withRequestBody(matchingJsonPath("$.chat_id", WireMock.equalTo(String.valueOf(chat)))))
			.stream()
			.map(request -> JSON.readTree(request.getBodyAsString()).get("text").asString())
			.toList();
	}

	/**
	 * Each chat's recorded replies, in order, as the messages they make, with their
	 * status.
	 */
	private static Map<Long, List<Row>> rows(Connector database) {
		Map<Long, List<Row>> rows = new HashMap<>();
		try (Connection connection = database.connect();
				PreparedStatement statement = connection
					.prepareStatement("SELECT chat_id, replies, status FROM telegram_outbox ORDER BY id");
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				String chat = result.getString(1);
				List<Reply> replies = JSON.readValue(result.getString(2), new TypeReference<List<Reply>>() {
				});
				List<String> messages = replies.stream()
					.filter(reply -> !reply.text().isBlank())
					.flatMap(reply -> TelegramText.messages(chat, reply).stream())
					.map(message -> message.getText())
					.toList();
				rows.computeIfAbsent(Long.valueOf(chat), id -> new ArrayList<>())
					.add(new Row(result.getString(3), messages));
			}
		}
		catch (SQLException unreadable) {
			throw new IllegalStateException(unreadable);
		}
		return rows;
	}

	/**
	 * The chats, each walking a golden conversation's turns (text only, and none that
	 * opts out: an opted-out conversation stays quiet, and each update here must get a
	 * reply).
	 */
	private static List<Chat> chats() {
		List<List<String>> scripts = GoldenConversations.load(Path.of("conversations", "tests"))
			.stream()
			.filter(conversation -> !conversation.file().contains("compliance"))
			.filter(conversation -> conversation.turns().stream().noneMatch(TelegramCrashRecoveryTests::optsOut))
			.map(GoldenConversation::turns)
			.map(turns -> turns.stream().map(GoldenTurn::user).filter(text -> !text.isBlank()).toList())
			.filter(script -> !script.isEmpty())
			.toList();
		List<Chat> chats = new ArrayList<>();
		for (int i = 0; i < CHATS; i++) {
			chats.add(new Chat(TelegramUpdates.newChat(), scripts.get(i * 7 % scripts.size())));
		}
		return chats;
	}

	private static boolean optsOut(GoldenTurn turn) {
		String expected = String.join(" ", turn.botContains()) + " " + turn.botExact();
		return expected.contains("unsubscribed") || expected.contains("Cancelaste");
	}

	@FunctionalInterface
	private interface Connector {

		Connection connect() throws SQLException;

	}

	private record Row(String status, List<String> messages) {

		@Override
		public String toString() {
			return status + " "
					+ messages.stream().map(text -> text.length() > 30 ? text.substring(0, 30) : text).toList();
		}

	}

	private static final class Chat {

		final long id;

		final List<String> script;

		final List<String> acknowledged = new CopyOnWriteArrayList<>();

		/**
		 * The update sent and not acknowledged, if any: at most one, as Telegram sends.
		 */
		volatile String inFlight;

		Chat(long id, List<String> script) {
			this.id = id;
			this.script = script;
		}

	}

}
