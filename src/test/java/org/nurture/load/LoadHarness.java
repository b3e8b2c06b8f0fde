package org.nurture.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.nurture.NurtureApplication;

/**
 * The load harness (see docs/performance.md): starts Nurture on a fresh embedded database
 * with the SMS channel on, plus a bare endpoint that answers a fixed TwiML reply, and
 * drives both with the same signed webhook requests: first as fast as they answer (closed
 * loop), then at a fixed rate (open loop). Prints throughput and p50/p99 latency for
 * both, and the ratio the targets are stated in.
 *
 * <p>
 * Settings are system properties: {@code load.concurrency} (requests in flight in the
 * closed loop, default 32), {@code load.rate} (open-loop requests per second, 500),
 * {@code load.seconds} (each measurement, 15), {@code load.warmup-seconds} (the least
 * warm-up, 60), {@code load.warmup-max-seconds} (the most, 600), {@code load.contacts}
 * (2,000), {@code load.rounds} (closed-loop rounds, each measuring both endpoints one
 * after the other, 5), {@code load.profile} (true: only the webhook, closed loop, for
 * {@code load.seconds}, to profile it).
 */
public final class LoadHarness {

	static final String AUTH_TOKEN = "12345678901234567890123456789012";

	static final String PUBLIC_BASE_URL = "https://nurture.example.org";

	static final String WEBHOOK_PATH = "/webhooks/twilio";

	static final String BARE_PATH = "/load/bare-twiml";

	static final String FIXED_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"
			+ "Hi! I'm Nurture. Ask me about infant massage.</Message></Response>";

	/**
	 * The service's summary of the units of writes in each transaction
	 * ({@code GroupCommit}).
	 */
	private static final String GROUP_UNITS = "nurture.database.group.units";

	private static final Duration WARMUP_SLICE = Duration.ofSeconds(10);

	/**
	 * The warm-up is over when the webhook's CPU per request changed by at most this
	 * share since the last slice...
	 */
	private static final double SETTLED = 0.05;

	/** ...and the JIT compiler took at most this share of the slice's CPU. */
	private static final double COMPILED = 0.02;

	private LoadHarness() {
	}

	public static void main(String[] args) throws Exception {
		int concurrency = Integer.getInteger("load.concurrency", 32);
		int rate = Integer.getInteger("load.rate", 500);
		Duration measure = Duration.ofSeconds(Integer.getInteger("load.seconds", 15));
		Duration warmup = Duration.ofSeconds(Integer.getInteger("load.warmup-seconds", 60));
		Duration maxWarmup = Duration.ofSeconds(Integer.getInteger("load.warmup-max-seconds", 600));
		int contacts = Integer.getInteger("load.contacts", 2000);
		int rounds = Integer.getInteger("load.rounds", 5);
		Path dataDir = Files.createTempDirectory("nurture-load");
		try (ConfigurableApplicationContext service = start(dataDir)) {
			int port = ((WebServerApplicationContext) service).getWebServer().getPort();
			DistributionSummary groups = service.getBean(MeterRegistry.class).get(GROUP_UNITS).summary();
			WebhookTraffic traffic = WebhookTraffic.of(Path.of("conversations"), contacts, AUTH_TOKEN,
					PUBLIC_BASE_URL + WEBHOOK_PATH);
			Supplier<LoadGenerator.Request> webhook = () -> {
				WebhookTraffic.Request next = traffic.next();
				return new LoadGenerator.Request(WEBHOOK_PATH, next.body(), next.signature());
			};
			Supplier<LoadGenerator.Request> bare = () -> {
				WebhookTraffic.Request next = traffic.next();
				return new LoadGenerator.Request(BARE_PATH, next.body(), next.signature());
			};
			System.out.printf(Locale.ROOT,
					"%nNurture load harness: %d scripts over %d contacts, %d cores, data in %s%n", traffic.scripts(),
					contacts, Runtime.getRuntime().availableProcessors(), dataDir);
			try (LoadGenerator load = new LoadGenerator(port)) {
				warmUp(load, bare, webhook, concurrency, warmup, maxWarmup);

				if (Boolean.getBoolean("load.profile")) {
					header();
					Transactions before = Transactions.since(groups);
					row(load.closedLoop("webhook", webhook, concurrency, measure), before);
					return;
				}
				System.out.printf(Locale.ROOT,
						"%n(a) Closed loop, %d requests in flight, %d rounds of %ds per endpoint%n", concurrency,
						rounds, measure.toSeconds());
				header();
				List<Double> ratios = new ArrayList<>();
				List<Double> cpuRatios = new ArrayList<>();
				for (int round = 1; round <= rounds; round++) {
					LoadGenerator.Result bareRun = load.closedLoop("bare TwiML", bare, concurrency, measure);
					Transactions before = Transactions.since(groups);
					LoadGenerator.Result webhookRun = load.closedLoop("webhook", webhook, concurrency, measure);
					row(bareRun, null);
					row(webhookRun, before);
					ratios.add(webhookRun.throughput() / bareRun.throughput());
					cpuRatios.add(bareRun.cpuMicrosPerRequest() / webhookRun.cpuMicrosPerRequest());
					System.out.printf(Locale.ROOT, "  round %d: webhook/bare throughput %.2f%n", round,
							ratios.get(ratios.size() - 1));
				}
				Collections.sort(ratios);
				Collections.sort(cpuRatios);
				System.out.printf(Locale.ROOT, "  median webhook/bare throughput ratio %.2f (target >= 0.50)%n",
						ratios.get(ratios.size() / 2));
				System.out.printf(Locale.ROOT,
						"  median bare/webhook CPU-per-request ratio %.2f (the throughput ratio when"
								+ " the run has the cores to itself)%n",
						cpuRatios.get(cpuRatios.size() / 2));

				System.out.printf(Locale.ROOT, "%n(b) Open loop, %d requests/s, %ds per measurement, each after %ds at"
						+ " that rate unmeasured%n", rate, measure.toSeconds(), WARMUP_SLICE.toSeconds());
				header();
				// At a fixed rate the writes come in smaller groups than in the closed
				// loop: code paths the compiler has not seen hot yet, which it compiles
				// during the first seconds.
				load.openLoop("warmup", bare, rate, WARMUP_SLICE);
				load.openLoop("warmup", webhook, rate, WARMUP_SLICE);
				row(load.openLoop("bare TwiML", bare, rate, measure), null);
				Transactions before = Transactions.since(groups);
				LoadGenerator.Result webhookRun = load.openLoop("webhook", webhook, rate, measure);
				row(webhookRun, before);
				System.out.printf(Locale.ROOT, "  webhook p99 %.1f ms (target < 25 ms)%n%n",
						webhookRun.percentileMillis(99));
			}
		}
		finally {
			deleteRecursively(dataDir);
		}
	}

	/**
	 * Both endpoints in turn, {@link #WARMUP_SLICE} each, until the JIT compiler has
	 * settled: at least {@code least} in all, then until the webhook's CPU per request is
	 * within {@link #SETTLED} of its previous slice's and the compiler took at most
	 * {@link #COMPILED} of the slice's CPU, or {@code most} has passed. On two cores the
	 * compiler takes minutes to compile the webhook's code, and while it does, it takes
	 * CPU from whichever endpoint is being measured.
	 */
	private static void warmUp(LoadGenerator load, Supplier<LoadGenerator.Request> bare,
			Supplier<LoadGenerator.Request> webhook, int concurrency, Duration least, Duration most) {
		System.out.printf(Locale.ROOT, "Warming up until the webhook's CPU per request settles and the JIT compiler is"
				+ " done (at least %ds, at most %ds):%n", least.toSeconds(), most.toSeconds());
		long start = System.nanoTime();
		double previous = Double.NaN;
		while (true) {
			load.closedLoop("warmup", bare, concurrency, WARMUP_SLICE);
			LoadGenerator.Result slice = load.closedLoop("warmup", webhook, concurrency, WARMUP_SLICE);
			double cpu = slice.cpuMicrosPerRequest();
			Duration spent = Duration.ofNanos(System.nanoTime() - start);
			System.out.printf(Locale.ROOT, "  %4ds: webhook %.0f us CPU per request, %.1f%% of it compiling%n",
					spent.toSeconds(), cpu, 100 * slice.compilingShare());
			boolean settled = Math.abs(cpu - previous) <= SETTLED * previous && slice.compilingShare() <= COMPILED;
			if (spent.compareTo(most) >= 0 || (spent.compareTo(least) >= 0 && settled)) {
				return;
			}
			previous = cpu;
		}
	}

	/**
	 * Nurture as deployed, with the bare endpoint registered beside it (by the harness
	 * only).
	 */
	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(NurtureApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean("loadBareTwimlRoute",
					RouterFunction.class, LoadHarness::bareRoute))
			.run("--DATA_DIR=" + dataDir, "--TWILIO_AUTH_TOKEN=" + AUTH_TOKEN, "--PUBLIC_BASE_URL=" + PUBLIC_BASE_URL,
					"--server.port=0", "--logging.level.org.nurture=WARN");
	}

	/** The baseline: a WebFlux endpoint that answers the same fixed TwiML to any POST. */
	static RouterFunction<ServerResponse> bareRoute() {
		MediaType xml = MediaType.parseMediaType("text/xml;charset=UTF-8");
		return RouterFunctions.route(RequestPredicates.POST(BARE_PATH),
				request -> ServerResponse.ok().contentType(xml).bodyValue(FIXED_TWIML));
	}

	private static void header() {
		System.out.printf(Locale.ROOT, "  %-11s %9s %9s %9s %9s %9s %8s %10s %6s %8s%n", "endpoint", "requests",
				"req/s", "p50 ms", "p99 ms", "max ms", "failed", "CPU us/req", "JIT %", "units/tx");
	}

	/**
	 * A row of figures; {@code transactions}, taken before the run, gives its mean units
	 * of writes per transaction.
	 */
	private static void row(LoadGenerator.Result result, Transactions transactions) {
		System.out.printf(Locale.ROOT, "  %-11s %9d %9.0f %9.2f %9.2f %9.1f %8d %10.0f %6.1f %8s%n", result.name(),
				result.requests(), result.throughput(), result.percentileMillis(50), result.percentileMillis(99),
				result.latencies().getMaxValue() / 1e6, result.failures(), result.cpuMicrosPerRequest(),
				100 * result.compilingShare(), transactions == null ? "-" : transactions.meanUnitsSince());
	}

	/**
	 * The service's write transactions counted so far, to tell how many units of writes
	 * each held since.
	 */
	private record Transactions(DistributionSummary groups, long count, double units) {

		static Transactions since(DistributionSummary groups) {
			return new Transactions(groups, groups.count(), groups.totalAmount());
		}

		String meanUnitsSince() {
			long transactions = groups.count() - count;
			return transactions == 0 ? "-"
					: String.format(Locale.ROOT, "%.1f", (groups.totalAmount() - units) / transactions);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
