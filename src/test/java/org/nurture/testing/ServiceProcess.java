package org.nurture.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The service in a JVM of its own, started as an operator would start it, so that a test
 * can kill it as the kernel would ({@code kill -9}: no shutdown hook, no flush, no
 * graceful stop) and start it again on the same data. Its output goes to a file, whose
 * end a failure to start quotes.
 */
public final class ServiceProcess {

	private static final String MAIN_CLASS = "org.nurture.NurtureApplication";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final int port;

	private final Path log;

	private ServiceProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the service on a free port, with the test JVM's class path, the given
	 * command-line arguments and environment variables (none of the caller's database or
	 * Telegram settings), and waits until {@code /actuator/health} says it is UP.
	 * @param log where the service's output goes
	 */
	public static ServiceProcess start(Path log, List<String> arguments, Map<String, String> environment) {
		return start(log, List.of("-Xmx256m", "-XX:+UseSerialGC"), arguments, environment);
	}

	/** As {@link #start(Path, List, Map)}, with the JVM's own options (heap, GC). */
	public static ServiceProcess start(Path log, List<String> jvmOptions, List<String> arguments,
			Map<String, String> environment) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS, "--server.port=" + port));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(Path.of(System.getProperty("user.dir")).toFile());
		builder.environment().keySet().removeIf(name -> name.equals("DATABASE_URL") || name.startsWith("TELEGRAM_"));
		builder.environment().putAll(environment);
		ServiceProcess service;
		try {
			service = new ServiceProcess(builder.start(), port, log);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		// Should the test JVM be stopped before the test can clean up (a timeout,
		// Ctrl-C),
		// the service goes with it.
		Runtime.getRuntime().addShutdownHook(new Thread(service.process::destroyForcibly));
		try {
			service.awaitUp();
		}
		catch (RuntimeException | Error failed) {
			service.kill();
			throw failed;
		}
		return service;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * Kills the process at once (SIGKILL on Linux, as {@code kill -9} or the OOM killer
	 * would) and waits until it is gone.
	 */
	public void kill() {
		process.destroyForcibly();
		awaitExit(Duration.ofSeconds(30));
	}

	/**
	 * Asks the process to stop (SIGTERM, a graceful shutdown) and waits; kills it if it
	 * has not stopped within 30 s.
	 */
	public void stop() {
		process.destroy();
		if (!awaitExit(Duration.ofSeconds(30))) {
			kill();
		}
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** The last lines of the service's output. */
	public String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException unreadable) {
			return "(the log " + log + " could not be read: " + unreadable + ")";
		}
	}

	private boolean awaitExit(Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			return false;
		}
	}

	private void awaitUp() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build();
		try {
			await("the service UP").atMost(STARTUP_TIMEOUT)
				.pollInterval(Duration.ofMillis(200))
				.failFast("the service exited while starting", () -> !process.isAlive())
				.ignoreExceptionsInstanceOf(IOException.class)
				.until(() -> {
					HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
					return response.statusCode() == 200 && response.body().contains("\"UP\"");
				});
		}
		catch (ConditionTimeoutException | TerminalFailureException notUp) {
			throw new IllegalStateException(notUp.getMessage() + ":" + System.lineSeparator() + logTail(40), notUp);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
