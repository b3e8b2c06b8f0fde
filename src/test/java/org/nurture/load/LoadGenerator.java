package org.nurture.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Sends HTTP POSTs with Reactor Netty's client, on event loops of its own, and records
 * every latency in an HdrHistogram. Closed loop: a fixed number of requests in flight,
 * each sent as the one before it is answered, for the highest throughput. Open loop:
 * requests sent on a fixed schedule whatever the answers do; a latency counts from when
 * the request was due, not when it went out, so a stall is not hidden (no coordinated
 * omission).
 */
final class LoadGenerator implements AutoCloseable {

	/** What one request sends. */
	record Request(String path, String body, String signature) {
	}

	/**
	 * What a run measured. {@code cpu} is the CPU time the whole process (service and
	 * client) used meanwhile: on a shared machine, CPU per request varies much less than
	 * requests per second do. {@code compiling} is the CPU time the JIT compiler's
	 * threads used meanwhile, which the run's CPU includes: near zero once the code is
	 * warm.
	 */
	record Result(String name, long requests, long failures, Duration elapsed, Duration cpu, Duration compiling,
			Histogram latencies) {

		/** The JIT compiler's time as a share of the run's CPU time. */
		double compilingShare() {
			return cpu.isZero() ? 0 : (double) compiling.toNanos() / cpu.toNanos();
		}

		double throughput() {
			return requests * 1e9 / elapsed.toNanos();
		}

		double cpuMicrosPerRequest() {
			return cpu.toNanos() / 1e3 / requests;
		}

		double percentileMillis(double percentile) {
			return latencies.getValueAtPercentile(percentile) / 1e6;
		}
	}

	private static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(60);

	/**
	 * Linux's USER_HZ, the unit of a thread's CPU times in {@code /proc}: 100 on every
	 * common kernel.
	 */
	private static final long CLOCK_TICKS_PER_SECOND = 100;

	private final LoopResources loops;

	private final ConnectionProvider connections;

	private final HttpClient client;

	LoadGenerator(int port) {
		this.loops = LoopResources.create("load-client", 1, true);
		this.connections = ConnectionProvider.builder("load-client")
			.maxConnections(2000)
			.pendingAcquireMaxCount(-1)
			.build();
		this.client = HttpClient.create(connections).runOn(loops).baseUrl("http://localhost:" + port);
	}

	/** {@code concurrency} requests in flight at all times, for {@code duration}. */
	Result closedLoop(String name, Supplier<Request> requests, int concurrency, Duration duration) {
		Recorder recorder = new Recorder(3);
		AtomicLong failures = new AtomicLong();
		long cpuStart = processCpuNanos();
		long compilingStart = compilingNanos();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		Flux.range(0, concurrency).flatMap(worker -> Mono.defer(() -> {
			long sent = System.nanoTime();
			return send(requests.get()).doOnNext(ok -> {
				recorder.recordValue(Math.min(System.nanoTime() - sent, HIGHEST_NANOS));
				if (!ok) {
					failures.incrementAndGet();
				}
			});
		}).repeat(() -> System.nanoTime() < end), concurrency).blockLast();
		Histogram latencies = recorder.getIntervalHistogram();
		return new Result(name, latencies.getTotalCount(), failures.get(), Duration.ofNanos(System.nanoTime() - start),
				Duration.ofNanos(processCpuNanos() - cpuStart), Duration.ofNanos(compilingNanos() - compilingStart),
				latencies);
	}

	/**
	 * {@code rate} requests a second, each on its schedule, for {@code duration}; then
	 * waits for the answers.
	 */
	Result openLoop(String name, Supplier<Request> requests, int rate, Duration duration) throws InterruptedException {
		Recorder recorder = new Recorder(3);
		AtomicLong failures = new AtomicLong();
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		long total = duration.toNanos() / interval;
		CountDownLatch answered = new CountDownLatch((int) total);
		long cpuStart = processCpuNanos();
		long compilingStart = compilingNanos();
		long start = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			send(requests.get()).subscribe(ok -> {
				recorder.recordValue(Math.min(System.nanoTime() - due, HIGHEST_NANOS));
				if (!ok) {
					failures.incrementAndGet();
				}
				answered.countDown();
			});
		}
		answered.await(1, TimeUnit.MINUTES);
		Histogram latencies = recorder.getIntervalHistogram();
		return new Result(name, latencies.getTotalCount(), failures.get(), Duration.ofNanos(System.nanoTime() - start),
				Duration.ofNanos(processCpuNanos() - cpuStart), Duration.ofNanos(compilingNanos() - compilingStart),
				latencies);
	}

	/**
	 * Emits whether the answer was a 200 that is not the service's apology; a failed
	 * connection counts as false.
	 */
	private Mono<Boolean> send(Request request) {
		return client.headers(headers -> {
			headers.set(HttpHeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded");
			if (request.signature() != null) {
				headers.set("X-Twilio-Signature", request.signature());
			}
		})
			.post()
			.uri(request.path())
			.send(ByteBufFlux.fromString(Mono.just(request.body())))
			.responseSingle((response, body) -> body.asString()
				.defaultIfEmpty("")
				.map(text -> response.status().code() == 200 && !text.contains("could not answer just now")))
			.onErrorReturn(false);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * The CPU time the JIT compiler's threads have used so far, read from Linux's
	 * {@code /proc} (the JVM's own count of compilation time is wall-clock time, which on
	 * a busy machine is mostly waiting); 0 where there is no such file. A compiler thread
	 * that has ended takes its time with it, so this can only understate the compiler's
	 * share.
	 */
	private static long compilingNanos() {
		long ticks = 0;
		try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
			for (Path thread : threads) {
				try {
					// "C1 CompilerThread0" and "C2 CompilerThread0", cut to Linux's 15
					// characters.
					if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
						continue;
					}
					String stat = Files.readString(thread.resolve("stat"));
					// After the name in parentheses: state, then 10 fields, then utime
					// and stime in clock ticks.
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
				catch (IOException | RuntimeException ended) {
					// The thread ended while being read.
				}
			}
		}
		catch (IOException | UnsupportedOperationException notLinux) {
			return 0;
		}
		return ticks * TimeUnit.SECONDS.toNanos(1) / CLOCK_TICKS_PER_SECOND;
	}

	@Override
	public void close() {
		connections.dispose();
		loops.dispose();
	}

}
