package org.nurture.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.nurture.channel.sms.TwilioRequests;
import org.nurture.conversation.golden.GoldenConversation;
import org.nurture.conversation.golden.GoldenConversations;
import org.nurture.conversation.golden.GoldenTurn;
import org.nurture.testing.PostgresTestSchema;
import org.nurture.testing.ServiceProcess;

/**
 * Nothing answered is forgotten when the service is killed: the answer to a message
 * leaves only once what the message changed is durable, so a process killed mid-burst
 * ({@code kill -9}, the OOM killer) and started again on the same data remembers every
 * message it answered. Otherwise Twilio, redelivering a message whose answer it did not
 * get, would have it decided again (a second, different answer), and a conversation would
 * go back to where it stood before the lost messages.
 * <p>
 * The service runs in a JVM of its own, on the embedded database (a temporary
 * {@code DATA_DIR}) or on a PostgreSQL schema of its own. Thirty phone numbers text it,
 * several at once but each number's messages one after another, as phones do; after
 * {@value #KILL_AFTER} answers the process is killed while requests are still in flight.
 * What the database holds is read before the service starts again, since a redelivery of
 * a forgotten message would be decided again and write the session anew, hiding what had
 * been lost.
 */
class CrashRecoveryTests {

	private static final Logger log = LoggerFactory.getLogger(CrashRecoveryTests.class);

	private static final int NUMBERS = 30;

	private static final int KILL_AFTER = 150;

	/**
	 * How many of a number's latest answered messages are redelivered: a session keeps
	 * the ids of its latest 10, and one more may have been written but not answered when
	 * the process was killed.
	 */
	private static final int REDELIVERED = 9;

	/** The service's answer when the conversation failed: nothing was written. */
	private static final String APOLOGY = "could not answer just now";

	private static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_crash");

	@TempDir
	Path temp;

	private final List<ServiceProcess> services = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@AfterEach
	void noServiceIsLeftRunning() {
		services.forEach(ServiceProcess::kill);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		POSTGRES.drop();
	}

	@Test
	void onTheEmbeddedDatabaseEveryMessageAnsweredBeforeAKillIsRememberedAfterARestart() {
		Path dataDir = temp.resolve("data");
		crashAndRestart(List.of("--nurture.data-dir=" + dataDir), new Database("H2",
				// The service's DB_CLOSE_DELAY=-1 is kept in the file: closed here, the
				// database must close with the connection, so the service can open it.
				() -> DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("nurture") + ";DB_CLOSE_DELAY=0",
						"sa", "")));
	}

	@Test
	void onPostgresqlEveryMessageAnsweredBeforeAKillIsRememberedAfterARestart() {
		POSTGRES.require();
		List<String> arguments = POSTGRES.springProperties()
			.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toList();
		crashAndRestart(arguments, new Database("PostgreSQL", () -> POSTGRES.flyway().getDataSource().getConnection()));
	}

	private void crashAndRestart(List<String> arguments, Database database) {
		List<Phone> phones = phones();
		Burst burst = burst(start(arguments, "service-1.log"), phones);
		Map<String, Stored> stored = database.sessions();
		List<String> backInTime = backInTime(phones, stored);
		ServiceProcess restarted = start(arguments, "service-2.log");
		List<String> forgotten = new ArrayList<>();
		int redeliveries = redeliverLatest(restarted, phones, stored, forgotten);
		restarted.stop();

		int answered = burst.answered.get();
		log.info(
				"{}: {} messages answered before the kill, {} in flight at it; {} redelivered, {} of them forgotten;"
						+ " {} of {} conversations back in time",
				database.name(), answered, burst.inFlightAtKill, redeliveries, forgotten.size(), backInTime.size(),
				NUMBERS);
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(burst.inFlightAtKill).as("requests in flight when the service was killed").isPositive();
			softly.assertThat(forgotten)
				.as("Of the %d messages answered 200 before the kill (%d numbers, %d requests in flight at the kill,"
						+ " %d apologies), %d of the %d redelivered got a new answer: decided again, forgotten",
						answered, NUMBERS, burst.inFlightAtKill, burst.apologies.get(), forgotten.size(), redeliveries)
				.isEmpty();
			softly.assertThat(backInTime)
				.as("%d of %d contacts' conversations went back in time (session version below the messages answered)",
						backInTime.size(), NUMBERS)
				.isEmpty();
		});
	}

	/**
	 * The numbers whose conversation, as stored, is older than their answered messages:
	 * every message's write adds one to the session's version.
	 */
	private static List<String> backInTime(List<Phone> phones, Map<String, Stored> stored) {
		List<String> behind = new ArrayList<>();
		for (Phone phone : phones) {
			long version = stored.containsKey(phone.address) ? stored.get(phone.address).version : 0;
			if (version < phone.answered.size()) {
				behind.add(phone.address + ": " + phone.answered.size() + " answered, version " + version);
			}
		}
		return behind;
	}

	/**
	 * Redelivers each number's latest answered messages, newest first, as Twilio would:
	 * the newest must get the answer it got, the earlier ones none. The newest gets none
	 * too when the message in flight at the kill had been written: then that one is the
	 * newest. Adds each message decided again to {@code forgotten}; returns how many were
	 * redelivered.
	 */
	private int redeliverLatest(ServiceProcess service, List<Phone> phones, Map<String, Stored> stored,
			List<String> forgotten) {
		int redelivered = 0;
		for (Phone phone : phones) {
			Set<String> idsKept = stored.containsKey(phone.address) ? stored.get(phone.address).messageIds : Set.of();
			boolean inFlightWritten = phone.inFlight != null && idsKept.contains(phone.inFlight);
			List<Answered> latest = phone.latestAnswered(REDELIVERED);
			for (int i = 0; i < latest.size(); i++) {
				Answered message = latest.get(i);
				String expected = (i == 0 && !inFlightWritten) ? message.twiml : null;
				String answer = send(service, message.sid, phone.address, message.text).body();
				redelivered++;
				if (expected != null ? !answer.equals(expected) : hasMessages(answer)) {
					forgotten.add(phone.address + " " + (i == 0 ? "newest" : "earlier") + " \"" + message.text
							+ "\": answered " + shown(message.twiml) + ", now " + shown(answer));
				}
			}
		}
		return redelivered;
	}

	/**
	 * Thirty numbers text until {@value #KILL_AFTER} messages have been answered, then
	 * the service is killed with requests in flight.
	 */
	private Burst burst(ServiceProcess service, List<Phone> phones) {
		Burst burst = new Burst();
		ExecutorService senders = Executors.newFixedThreadPool(phones.size());
		try {
			for (Phone phone : phones) {
				senders.execute(() -> textUntilKilled(service, phone, burst));
			}
			await("150 answers before the kill").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(2))
				.failFast("the service stopped", () -> !service.isAlive())
				.until(() -> burst.answered.get() >= KILL_AFTER);
			burst.inFlightAtKill = (int) phones.stream().filter(phone -> phone.inFlight != null).count();
			service.kill();
		}
		finally {
			burst.killed = true;
			senders.shutdown();
		}
		try {
			assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).as("every sender stopped").isTrue();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
		return burst;
	}

	/**
	 * One phone's messages, one after another, its conversation's turns over and over,
	 * until the service is killed; a message whose request fails stays in flight.
	 */
	private void textUntilKilled(ServiceProcess service, Phone phone, Burst burst) {
		for (int turn = 0; !burst.killed; turn++) {
			String sid = TwilioRequests.newSid();
			String text = phone.script.get(turn % phone.script.size());
			phone.inFlight = sid;
			HttpResponse<String> response;
			try {
				response = post(service, sid, phone.address, text);
			}
			catch (IOException killed) {
				return;
			}
			if (response.statusCode() == 200 && !response.body().contains(APOLOGY)) {
				phone.answered.add(new Answered(sid, text, response.body()));
				burst.answered.incrementAndGet();
			}
			else if (response.body().contains(APOLOGY)) {
				burst.apologies.incrementAndGet();
			}
			phone.inFlight = null;
		}
	}

	private HttpResponse<String> send(ServiceProcess service, String sid, String from, String text) {
		try {
			HttpResponse<String> response = post(service, sid, from, text);
			assertThat(response.statusCode()).as("redelivery of %s: %s", sid, response.body()).isEqualTo(200);
			return response;
		}
		catch (IOException failed) {
			throw new IllegalStateException("Redelivering " + sid + " failed; the service's log:"
					+ System.lineSeparator() + service.logTail(40), failed);
		}
	}

	private HttpResponse<String> post(ServiceProcess service, String sid, String from, String text) throws IOException {
		Map<String, String> parameters = TwilioRequests.sms(sid, from, text);
		String form = parameters.entrySet()
			.stream()
			.map(parameter -> URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(service.uri("/webhooks/twilio"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", TwilioRequests.sign(parameters))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException(interrupted);
		}
	}

	private ServiceProcess start(List<String> arguments, String log) {
		ServiceProcess service = ServiceProcess.start(temp.resolve(log), arguments, Map.of("TWILIO_AUTH_TOKEN",
				TwilioRequests.AUTH_TOKEN, "PUBLIC_BASE_URL", TwilioRequests.PUBLIC_BASE_URL));
		services.add(service);
		return service;
	}

	/**
	 * The numbers, each walking a golden conversation's turns (not the compliance ones:
	 * an opted-out conversation stops moving).
	 */
	private static List<Phone> phones() {
		List<List<String>> scripts = GoldenConversations.load(Path.of("conversations", "tests"))
			.stream()
			.filter(conversation -> !conversation.file().contains("compliance"))
			.map(GoldenConversation::turns)
			.map(turns -> turns.stream().map(GoldenTurn::user).toList())
			.toList();
		List<Phone> phones = new ArrayList<>();
		for (int i = 0; i < NUMBERS; i++) {
			phones.add(new Phone(String.format("+1617555%04d", i), scripts.get(i * 7 % scripts.size())));
		}
		return phones;
	}

	/** The start of an answer's text, enough to tell answers apart in a failure. */
	private static String shown(String twiml) {
		if (!hasMessages(twiml)) {
			return "(none)";
		}
		String text = twiml.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
		return "\"" + (text.length() > 40 ? text.substring(0, 40) + "...\"" : text + "\"");
	}

	private static boolean hasMessages(String twiml) {
		return twiml.contains("<Message");
	}

	/** Where the service's data is, read directly. */
	private record Database(String name, Connector connector) {

		/** Each contact's session as stored, by address. */
		Map<String, Stored> sessions() {
			Map<String, Stored> sessions = new HashMap<>();
			try (Connection connection = connector.connect();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT contact.address, session.version,"
							+ " session.message_ids FROM contact JOIN conversation_session session"
							+ " ON session.contact_id = contact.id")) {
				while (rows.next()) {
					String ids = rows.getString(3);
					sessions.put(rows.getString(1), new Stored(rows.getLong(2),
							ids == null ? Set.of() : Set.copyOf(Arrays.asList(ids.split(" ")))));
				}
			}
			catch (SQLException unreadable) {
				throw new IllegalStateException(unreadable);
			}
			return sessions;
		}

	}

	@FunctionalInterface
	private interface Connector {

		Connection connect() throws SQLException;

	}

	private record Stored(long version, Set<String> messageIds) {
	}

	private record Answered(String sid, String text, String twiml) {
	}

	private static final class Phone {

		final String address;

		final List<String> script;

		final List<Answered> answered = new CopyOnWriteArrayList<>();

		/** The message sent and not answered, if any: at most one, as a phone sends. */
		volatile String inFlight;

		Phone(String address, List<String> script) {
			this.address = address;
			this.script = script;
		}

		/** The latest answered messages, newest first. */
		List<Answered> latestAnswered(int count) {
			List<Answered> latest = new ArrayList<>();
			for (int i = answered.size() - 1; i >= 0 && latest.size() < count; i--) {
				latest.add(answered.get(i));
			}
			return latest;
		}

	}

	private static final class Burst {

		final AtomicInteger answered = new AtomicInteger();

		final AtomicInteger apologies = new AtomicInteger();

		volatile int inFlightAtKill;

		volatile boolean killed;

	}

}
