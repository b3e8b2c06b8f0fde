package org.nurture.subscription;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.nurture.NurtureApplication;
import org.nurture.channel.sms.TwilioApi;
import org.nurture.testing.PostgresTestSchema;
import org.nurture.testing.ServiceProcess;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Daily tips from two instances sharing one PostgreSQL database, each with its own
 * scheduler, outbox claims and gateway, and WireMock as Twilio: every subscriber due gets
 * exactly one tip, a sender's rate holds across both, and an instance killed mid-run
 * (SIGKILL, in a process of its own) makes no tip go out twice: what it was sending is
 * recorded as unknown, never resent.
 */
class TipsAcrossInstancesPostgresTests {

	private static final Logger log = LoggerFactory.getLogger(TipsAcrossInstancesPostgresTests.class);

	private static final String ACCOUNT = "AC" + "3".repeat(32);

	private static final String FROM = "+16175550100";

	private static final String MESSAGES = TwilioApi.messages(ACCOUNT);

	private static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_tips_instances");

	private static final WireMockServer twilio = new WireMockServer(
			wireMockConfig().dynamicPort().globalTemplating(true).containerThreads(40));

	@TempDir
	Path temp;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final List<ServiceProcess> processes = new ArrayList<>();

	/**
	 * How many parents this test has subscribed, so that each has a number of their own.
	 */
	private int numbered;

	@BeforeAll
	static void startTwilio() {
		POSTGRES.require();
		twilio.start();
	}

	@AfterAll
	static void stopTwilio() throws SQLException {
		twilio.stop();
		POSTGRES.drop();
	}

	@BeforeEach
	void twilioAccepts() {
		twilio.resetAll();
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(accepted(0)));
	}

	@AfterEach
	void stopInstances() throws SQLException {
		processes.forEach(ServiceProcess::kill);
		instances.forEach(ConfigurableApplicationContext::close);
		try (Connection connection = connect()) {
			connection.createStatement().execute("DELETE FROM subscription");
			connection.createStatement().execute("DELETE FROM contact");
			connection.createStatement().execute("DELETE FROM send_pace");
		}
	}

	@Test
	void tenThousandSubscribersDueAtOnceGetExactlyOneTipEach() throws SQLException {
		start(settings(0, "5m"));
		start(settings(0, "5m"));
		List<String> parents = subscribeDueNow(10_000);

		await().atMost(Duration.ofMinutes(3)).until(() -> count("status = 'SENT'") == parents.size());

		Map<String, Long> requests = requestsByRecipient();
		assertThat(requests).hasSize(parents.size());
		assertThat(requests.values()).allMatch(sent -> sent == 1);
		assertThat(count("1 = 1")).isEqualTo(parents.size());
	}

	@Test
	void aSendersRateHoldsAcrossInstances() throws SQLException {
		double rate = 5;
		start(settings(rate, "5m"));
		start(settings(rate, "5m"));
		// A first few tips from each instance warm it up (the first send of a JVM loads
		// the SDK's classes on its way out); then the measured run.
		subscribeDueNow(6);
		await().atMost(Duration.ofSeconds(30)).until(() -> count("status = 'SENT'") == 6);
		twilio.resetRequests();
		List<String> parents = subscribeDueNow(40);

		await().atMost(Duration.ofSeconds(60)).until(() -> count("status = 'SENT'") == 6 + parents.size());

		List<Long> times = twilio.getAllServeEvents()
			.stream()
			.map(event -> event.getRequest().getLoggedDate().getTime())
			.sorted()
			.toList();
		assertThat(times).hasSize(parents.size());
		int busiest = 0;
		for (int first = 0; first < times.size(); first++) {
			int last = first;
			while (last + 1 < times.size() && times.get(last + 1) - times.get(first) < 1000) {
				last++;
			}
			busiest = Math.max(busiest, last - first + 1);
		}
		double sustained = (times.size() - 1) * 1000.0 / (times.get(times.size() - 1) - times.get(0));
		log.info(
				"{} tips at {}/s across two instances: {} in the busiest second, {} per second sustained;"
						+ " arrivals (ms from the first): {}",
				times.size(), rate, busiest, String.format("%.2f", sustained),
				times.stream().map(time -> time - times.get(0)).toList());
		assertThat(busiest).as("requests in any one second").isLessThanOrEqualTo((int) rate);
		assertThat(sustained).as("requests per second sustained").isGreaterThanOrEqualTo(0.95 * rate);
	}

	@Test
	void anInstanceKilledMidRunSendsNothingTwiceAndItsUnclearSendsEndUnknown() throws SQLException {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(accepted(30)));
		Map<String, String> settings = settings(0, "5s");
		ServiceProcess doomed = ServiceProcess.start(temp.resolve("instance-1.log"), arguments(settings), Map.of());
		processes.add(doomed);
		start(settings);
		List<String> parents = subscribeDueNow(4_000);

		await().atMost(Duration.ofMinutes(2)).until(() -> twilio.getAllServeEvents().size() >= 1_000);
		doomed.kill();
		int atKill = twilio.getAllServeEvents().size();
		await().atMost(Duration.ofMinutes(3))
			.conditionEvaluationListener(condition -> log.info("Deliveries by status: {}", statusesNow()))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> count("status IN ('PENDING', 'SENDING')") == 0 && count("1 = 1") == parents.size());

		Map<String, Long> requests = requestsByRecipient();
		long unknown = count("status = 'UNKNOWN'");
		long sent = count("status = 'SENT'");
		log.info("{} subscribers; {} requests when one instance was killed; then {} sent, {} unknown, {} requests",
				parents.size(), atKill, sent, unknown, requests.size());
		assertThat(requests.values()).as("requests per subscriber").allMatch(each -> each == 1);
		assertThat(sent + unknown).isEqualTo(parents.size());
		assertThat(requests).hasSizeBetween((int) sent, (int) (sent + unknown));
		for (String parent : sentTo()) {
			assertThat(requests).containsEntry(parent, 1L);
		}
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted(int delayMillis) {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withFixedDelay(delayMillis)
			.withBody("{\"account_sid\": \"" + ACCOUNT + "\", \"api_version\": \"2010-04-01\","
					+ " \"body\": \"Hi\", \"direction\": \"outbound-api\", \"from\": \"" + FROM + "\","
					+ " \"num_segments\": \"1\", \"status\": \"queued\","
					+ " \"sid\": \"SM{{randomValue length=32 type='HEXADECIMAL'}}\", \"to\": \"+12020000000\"}");
	}

	private Map<String, String> settings(double rate, String lease) {
		Map<String, String> settings = new HashMap<>();
		POSTGRES.springProperties().forEach((name, value) -> settings.put(name, String.valueOf(value)));
		settings.put("nurture.twilio.auth-token", "0123456789abcdef0123456789abcdef");
		settings.put("nurture.twilio.account-sid", ACCOUNT);
		settings.put("nurture.twilio.from", FROM);
		settings.put("nurture.twilio.api-base-url", twilio.baseUrl());
		settings.put("nurture.twilio.messages-per-second", String.valueOf(rate));
		settings.put("nurture.tips.poll-interval", "500ms");
		settings.put("nurture.tips.lease", lease);
		settings.put("logging.level.org.nurture.subscription", "DEBUG");
		return settings;
	}

	private static List<String> arguments(Map<String, String> settings) {
		return settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toList();
	}

	private void start(Map<String, String> settings) {
		Map<String, String> own = new HashMap<>(settings);
		own.put("server.port", "0");
		instances
			.add(new SpringApplicationBuilder(NurtureApplication.class).run(arguments(own).toArray(String[]::new)));
	}

	/**
	 * Subscribes this many parents, each with a tip due a minute ago, in a time zone
	 * where it is now the middle of the day, so quiet hours do not hold any back.
	 */
	private List<String> subscribeDueNow(int count) throws SQLException {
		Instant now = Instant.now();
		ZoneId zone = middayZone(now);
		ZonedDateTime local = now.atZone(zone);
		Instant due = now.minus(Duration.ofMinutes(1));
		List<String> parents = new ArrayList<>();
		try (Connection connection = connect()) {
			connection.setAutoCommit(false);
			try (PreparedStatement contact = connection
				.prepareStatement("INSERT INTO contact (id, channel, address, opted_out, created_at, updated_at)"
						+ " VALUES (?, 'SMS', ?, FALSE, ?, ?)");
					PreparedStatement subscription = connection.prepareStatement(
							"INSERT INTO subscription (id, contact_id, status, birth_date, time_zone, send_time,"
									+ " cadence, language, next_due_at, created_at, updated_at)"
									+ " VALUES (?, ?, 'ACTIVE', ?, ?, ?, 'DAILY', 'en', ?, ?, ?)")) {
				Timestamp at = Timestamp.from(now);
				for (int i = 0; i < count; i++) {
					String parent = "+1202%07d".formatted(numbered++);
					UUID contactId = UUID.randomUUID();
					contact.setObject(1, contactId);
					contact.setString(2, parent);
					contact.setTimestamp(3, at);
					contact.setTimestamp(4, at);
					contact.addBatch();
					subscription.setObject(1, UUID.randomUUID());
					subscription.setObject(2, contactId);
					subscription.setObject(3, local.toLocalDate().minusDays(100 + i % 300));
					subscription.setString(4, zone.getId());
					subscription.setObject(5, local.toLocalTime().minusMinutes(1).withNano(0));
					subscription.setTimestamp(6, Timestamp.from(due));
					subscription.setTimestamp(7, at);
					subscription.setTimestamp(8, at);
					subscription.addBatch();
					parents.add(parent);
				}
				contact.executeBatch();
				subscription.executeBatch();
			}
			connection.commit();
		}
		return parents;
	}

	private static ZoneId middayZone(Instant now) {
		for (int offset = -12; offset <= 14; offset++) {
			ZoneId zone = ZoneId.of(offset <= 0 ? "Etc/GMT+" + -offset : "Etc/GMT-" + offset);
			LocalTime local = now.atZone(zone).toLocalTime();
			if (!local.isBefore(LocalTime.of(11, 0)) && local.isBefore(LocalTime.of(12, 0))) {
				return zone;
			}
		}
		throw new IllegalStateException("Some whole-hour zone is always between 11:00 and 12:00");
	}

	private Map<String, Long> requestsByRecipient() {
		return twilio.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.map(request -> request.formParameter("To").getValues().get(0))
			.collect(Collectors.groupingBy(to -> to, Collectors.counting()));
	}

	private List<String> sentTo() throws SQLException {
		List<String> addresses = new ArrayList<>();
		try (Connection connection = connect();
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT c.address FROM tip_delivery d JOIN subscription s ON s.id = d.subscription_id"
							+ " JOIN contact c ON c.id = s.contact_id WHERE d.status = 'SENT'")) {
			while (rows.next()) {
				addresses.add(rows.getString(1));
			}
		}
		return addresses;
	}

	private Map<String, Long> statusesNow() {
		try {
			return statuses();
		}
		catch (SQLException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private Map<String, Long> statuses() throws SQLException {
		Map<String, Long> statuses = new java.util.TreeMap<>();
		try (Connection connection = connect();
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT status, COUNT(*) FROM tip_delivery GROUP BY status")) {
			while (rows.next()) {
				statuses.put(rows.getString(1), rows.getLong(2));
			}
		}
		return statuses;
	}

	private long count(String where) throws SQLException {
		try (Connection connection = connect();
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT COUNT(*) FROM tip_delivery WHERE " + where)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static Connection connect() throws SQLException {
		return POSTGRES.flyway().getDataSource().getConnection();
	}

}
