package org.nurture.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;

import org.nurture.testing.PostgresTestSchema;
import org.nurture.testing.ServiceProcess;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The daily-tips dispatch benchmark (see docs/performance.md): a database holding
 * {@code tips.subscribers} subscriptions all due now, one or more instances of the
 * service in processes of their own sending them to a fake Twilio in this process, and
 * what it took: the time from the instances being up to the last tip, the provider's
 * requests per second (sustained, and in the busiest second), and the largest heap any
 * instance used. Every subscriber must get exactly one tip.
 *
 * <p>
 * Settings are system properties: {@code tips.subscribers} (100,000),
 * {@code tips.database} ({@code h2} or {@code postgres}), {@code tips.rate} (the sender's
 * messages per second; 0, the default, for none), {@code tips.instances} (1, or 2 with a
 * rate), {@code tips.jvm} (each instance's JVM options, {@code -Xmx512m}).
 */
public final class TipDispatchLoad {

	private static final String ACCOUNT = "AC" + "4".repeat(32);

	private static final Pattern TO = Pattern.compile("(?:^|&)To=([^&]*)");

	private TipDispatchLoad() {
	}

	public static void main(String[] args) throws Exception {
		int subscribers = Integer.getInteger("tips.subscribers", 100_000);
		double rate = Double.parseDouble(System.getProperty("tips.rate", "0"));
		int instances = Integer.getInteger("tips.instances", rate > 0 ? 2 : 1);
		// The embedded database is one process's file: several instances share
		// PostgreSQL.
		String database = System.getProperty("tips.database", instances > 1 ? "postgres" : "h2");
		if (instances > 1 && !database.equals("postgres")) {
			throw new IllegalArgumentException(
					"Several instances share a PostgreSQL database: -Dtips.database=postgres");
		}
		List<String> jvm = List.of(System.getProperty("tips.jvm", "-Xmx512m").split(" "));
		Path work = Files.createTempDirectory("nurture-tips-load");

		FakeTwilio twilio = new FakeTwilio();
		PostgresTestSchema postgres = database.equals("postgres") ? new PostgresTestSchema("nurture_tips_load") : null;
		List<String> settings = new ArrayList<>(List.of("--nurture.twilio.auth-token=" + "0".repeat(32),
				"--nurture.twilio.account-sid=" + ACCOUNT, "--nurture.twilio.from=+16175550100",
				"--nurture.twilio.api-base-url=" + twilio.baseUrl(), "--nurture.twilio.messages-per-second=" + rate,
				"--nurture.tips.poll-interval=1s", "--management.endpoints.web.exposure.include=health,metrics",
				"--logging.level.org.nurture=WARN"));
		String extra = System.getProperty("tips.service-args", "").strip();
		if (!extra.isEmpty()) {
			settings.addAll(List.of(extra.split(" ")));
		}
		Flyway flyway;
		if (postgres != null) {
			postgres.require();
			postgres.springProperties().forEach((name, value) -> settings.add("--" + name + "=" + value));
			flyway = postgres.flyway().locations("classpath:db/migration").load();
		}
		else {
			Path data = work.resolve("data");
			settings.add("--nurture.data-dir=" + data);
			flyway = Flyway.configure()
				.dataSource("jdbc:h2:file:" + data.resolve("nurture") + ";DB_CLOSE_DELAY=0", "sa", "")
				.locations("classpath:db/migration")
				.load();
		}
		flyway.migrate();
		long insertStart = System.nanoTime();
		subscribe(flyway, subscribers);
		System.out.printf("%,d subscriptions due now on %s, inserted in %.1f s%n", subscribers, database,
				(System.nanoTime() - insertStart) / 1e9);

		List<ServiceProcess> services = new ArrayList<>();
		HeapWatch heap = new HeapWatch();
		try {
			for (int i = 0; i < instances; i++) {
				services
					.add(ServiceProcess.start(work.resolve("instance-" + (i + 1) + ".log"), jvm, settings, Map.of()));
			}
			Instant up = Instant.now();
			heap.watch(services);
			long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
			while (twilio.requests() < subscribers && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			Thread.sleep(2_000);
			heap.stop();
			report(twilio, subscribers, up, heap, instances, rate, jvm);
		}
		finally {
			heap.stop();
			services.forEach(ServiceProcess::stop);
			twilio.stop();
			if (postgres != null) {
				postgres.drop();
			}
		}
	}

	private static void report(FakeTwilio twilio, int subscribers, Instant up, HeapWatch heap, int instances,
			double rate, List<String> jvm) {
		List<Long> times = twilio.times();
		long first = times.get(0);
		long last = times.get(times.size() - 1);
		int busiest = 0;
		int start = 0;
		for (int end = 0; end < times.size(); end++) {
			while (times.get(end) - times.get(start) >= 1_000) {
				start++;
			}
			busiest = Math.max(busiest, end - start + 1);
		}
		System.out.printf("%d instance(s) (%s), sender rate %s%n", instances, String.join(" ", jvm),
				rate > 0 ? rate + "/s" : "unlimited");
		System.out.printf("tips received by the provider: %,d of %,d; recipients twice or more: %d%n",
				twilio.requests(), subscribers, twilio.duplicates());
		System.out.printf("from the instances up to the last tip: %.1f s; first to last tip: %.1f s%n",
				(last - up.toEpochMilli()) / 1000.0, (last - first) / 1000.0);
		System.out.printf("sustained: %.1f tips/s; busiest second (sliding): %d tips%n",
				(times.size() - 1) * 1000.0 / Math.max(1, last - first), busiest);
		System.out.printf("largest heap used by an instance: %.0f MB (sampled every second)%n",
				heap.largest() / 1024.0 / 1024.0);
		if (rate > 0) {
			Map<Long, Long> seconds = new java.util.TreeMap<>();
			times.forEach(time -> seconds.merge((time - first) / 1000, 1L, Long::sum));
			System.out.println("tips in each second from the first: " + seconds.values());
		}
	}

	/**
	 * Subscribes this many parents, each with a tip due a minute ago, in a zone where it
	 * is the middle of the day now.
	 */
	private static void subscribe(Flyway flyway, int count) throws SQLException {
		Instant now = Instant.now();
		ZoneId zone = middayZone(now);
		ZonedDateTime local = now.atZone(zone);
		Timestamp at = Timestamp.from(now);
		Timestamp due = Timestamp.from(now.minus(Duration.ofMinutes(1)));
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement contact = connection
				.prepareStatement("INSERT INTO contact (id, channel, address, opted_out, created_at, updated_at)"
						+ " VALUES (?, 'SMS', ?, FALSE, ?, ?)");
					PreparedStatement subscription = connection.prepareStatement(
							"INSERT INTO subscription (id, contact_id, status, birth_date, time_zone, send_time,"
									+ " cadence, language, next_due_at, created_at, updated_at)"
									+ " VALUES (?, ?, 'ACTIVE', ?, ?, ?, 'DAILY', ?, ?, ?, ?)")) {
				for (int i = 0; i < count; i++) {
					UUID contactId = UUID.randomUUID();
					contact.setObject(1, contactId);
					contact.setString(2, "+1%010d".formatted(2_000_000_000L + i));
					contact.setTimestamp(3, at);
					contact.setTimestamp(4, at);
					contact.addBatch();
					subscription.setObject(1, UUID.randomUUID());
					subscription.setObject(2, contactId);
					subscription.setObject(3, local.toLocalDate().minusDays(i % 731));
					subscription.setString(4, zone.getId());
					subscription.setObject(5, local.toLocalTime().minusMinutes(1).withNano(0));
					subscription.setString(6, i % 3 == 0 ? "es" : "en");
					subscription.setTimestamp(7, due);
					subscription.setTimestamp(8, at);
					subscription.setTimestamp(9, at);
					subscription.addBatch();
					if (i % 5_000 == 4_999) {
						contact.executeBatch();
						subscription.executeBatch();
					}
				}
				contact.executeBatch();
				subscription.executeBatch();
			}
			connection.commit();
		}
	}

	private static ZoneId middayZone(Instant now) {
		for (int offset = -12; offset <= 14; offset++) {
			ZoneId zone = ZoneId.of(offset <= 0 ? "Etc/GMT+" + -offset : "Etc/GMT-" + offset);
			LocalTime local = now.atZone(zone).toLocalTime();
			if (!local.isBefore(LocalTime.of(10, 0)) && local.isBefore(LocalTime.of(11, 0))) {
				return zone;
			}
		}
		throw new IllegalStateException("Some whole-hour zone is always between 10:00 and 11:00");
	}

	/**
	 * Twilio's Messages resource, answering 201 at once, counting what arrives and for
	 * whom.
	 */
	private static final class FakeTwilio {

		private final AtomicLong sids = new AtomicLong();

		private final ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();

		private final Map<String, Integer> recipients = new ConcurrentHashMap<>();

		private final DisposableServer server;

		FakeTwilio() {
			this.server = HttpServer.create()
				.host("127.0.0.1")
				.port(0)
				.route(routes -> routes.post("/2010-04-01/Accounts/{account}/Messages.json",
						(request, response) -> request.receive().aggregate().asString().flatMap(form -> {
							times.add(System.currentTimeMillis());
							Matcher to = TO.matcher(form);
							recipients.merge(to.find() ? to.group(1) : "?", 1, Integer::sum);
							String sid = "SM%032x".formatted(sids.incrementAndGet());
							return response.status(201)
								.header("Content-Type", "application/json")
								.sendString(Mono.just("{\"account_sid\": \"" + ACCOUNT + "\", \"sid\": \"" + sid
										+ "\", \"status\": \"queued\", \"num_segments\": \"1\"}"))
								.then();
						})))
				.bindNow();
		}

		String baseUrl() {
			return "http://127.0.0.1:" + server.port();
		}

		long requests() {
			return times.size();
		}

		long duplicates() {
			return recipients.values().stream().filter(count -> count > 1).count();
		}

		List<Long> times() {
			return times.stream().sorted().toList();
		}

		void stop() {
			server.disposeNow();
		}

	}

	/** Samples each instance's heap in use every second through its metrics endpoint. */
	private static final class HeapWatch {

		private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)");

		private final HttpClient http = HttpClient.newHttpClient();

		private final AtomicLong largest = new AtomicLong();

		private volatile Thread thread;

		void watch(List<ServiceProcess> services) {
			Thread watcher = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					for (ServiceProcess service : services) {
						sample(service.uri("/actuator/metrics/jvm.memory.used?tag=area:heap"));
					}
					try {
						Thread.sleep(1_000);
					}
					catch (InterruptedException stopped) {
						return;
					}
				}
			});
			watcher.setDaemon(true);
			watcher.start();
			thread = watcher;
		}

		private void sample(URI metric) {
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(metric).build(),
						HttpResponse.BodyHandlers.ofString());
				Matcher value = VALUE.matcher(response.body());
				if (value.find()) {
					largest.accumulateAndGet((long) Double.parseDouble(value.group(1)), Math::max);
				}
			}
			catch (IOException | InterruptedException ignored) {
				// a missed sample
			}
		}

		long largest() {
			return largest.get();
		}

		void stop() {
			if (thread != null) {
				thread.interrupt();
			}
		}

	}

}
