package org.nurture.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points R2DBC (the service) and Flyway (migrations, over JDBC) at the same database:
 * PostgreSQL when {@code DATABASE_URL} is set
 * ({@code postgres://user:password@host:5432/name}), otherwise the embedded H2 file
 * database in {@code DATA_DIR}. Explicit {@code spring.r2dbc.*} / {@code spring.flyway.*}
 * settings still win.
 */
class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String DATABASE_URL = "DATABASE_URL";

	/**
	 * H2 keeps a JVM-wide cache of recent values and strings, to share equal ones: for
	 * each string it stores or converts, it hashes the whole string and compares it with
	 * what the cache holds. Nearly every string the service writes (a session, an answer)
	 * is new, so the cache only costs: about 1.5% of the CPU a webhook takes. This is
	 * H2's own switch, a system property read once when H2 is loaded, so it is set here,
	 * before that; an operator's {@code -Dh2.objectCache=...} wins.
	 */
	static final String H2_OBJECT_CACHE = "h2.objectCache";

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String databaseUrl = environment.getProperty(DATABASE_URL);
		boolean embedded = databaseUrl == null || databaseUrl.isBlank();
		if (embedded) {
			System.getProperties().putIfAbsent(H2_OBJECT_CACHE, "false");
		}
		Map<String, Object> properties = embedded
				? embedded(Path.of(environment.getProperty("nurture.data-dir", "./data")))
				: postgres(databaseUrl.strip());
		environment.getPropertySources().addLast(new MapPropertySource("nurtureDatabase", properties));
	}

	/**
	 * Settings of the embedded database for the service's connections. The R2DBC driver
	 * binds every string as a CLOB, which H2 writes to its LOB store (and reads back to
	 * compare or store it in a VARCHAR column) unless it is under
	 * {@code MAX_LENGTH_INPLACE_LOB} bytes, three per character: the longest VARCHAR
	 * column (20,000 characters) fits. Each connection keeps its parsed statements in a
	 * cache of {@code QUERY_CACHE_SIZE}; the default of 8 is fewer than the service's
	 * statements, so under mixed traffic each would be parsed again and again.
	 * <p>
	 * {@code WRITE_DELAY=0}: an answer leaves only once the writes it depends on are
	 * committed, and a commit must then survive the process being killed
	 * ({@code kill -9}, the OOM killer) or Twilio's redelivery of the message is decided
	 * again and the conversation goes back in time. By default H2 writes committed
	 * changes to the file up to {@code WRITE_DELAY} (500 ms) after the commit, from a
	 * background thread, so a kill loses the last half second of answered messages (the
	 * crash test lost about 65 of 150). At 0 each commit writes its changes to the file
	 * before it returns: into the operating system's cache, which outlives the process;
	 * H2 does not fsync a commit, so a power loss can still take the last ones (see "What
	 * is durable when" in {@code docs/performance.md}). With group commit one write
	 * serves a whole group of messages. The setting is the database's, not the
	 * connection's, so the service's first connection sets it for every one before any
	 * message is handled; Flyway's migrations before it need not be durable, since a lost
	 * one runs again.
	 */
	static final String EMBEDDED_SETTINGS = ";MAX_LENGTH_INPLACE_LOB=65536;QUERY_CACHE_SIZE=64;WRITE_DELAY=0";

	static Map<String, Object> embedded(Path dataDir) {
		String file = dataDir.toAbsolutePath().normalize().resolve("nurture").toString().replace('\\', '/');
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.r2dbc.url", "r2dbc:h2:file:///" + file + ";DB_CLOSE_DELAY=-1" + EMBEDDED_SETTINGS);
		properties.put("spring.r2dbc.username", "sa");
		properties.put("spring.r2dbc.password", "");
		properties.put("spring.flyway.url", "jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1");
		properties.put("spring.flyway.user", "sa");
		properties.put("spring.flyway.password", "");
		return properties;
	}

	static Map<String, Object> postgres(String databaseUrl) {
		URI uri = URI.create(databaseUrl.replaceFirst("^jdbc:", "").replaceFirst("^postgres:", "postgresql:"));
		if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
			throw new IllegalArgumentException(
					"DATABASE_URL must look like postgres://user:password@host:5432/database (got scheme '"
							+ uri.getScheme() + "')");
		}
		String hostPortPath = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath()
				+ (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.r2dbc.url", "r2dbc:postgresql://" + hostPortPath);
		properties.put("spring.flyway.url", "jdbc:postgresql://" + hostPortPath);
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
			String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
			properties.put("spring.r2dbc.username", user);
			properties.put("spring.r2dbc.password", password);
			properties.put("spring.flyway.user", user);
			properties.put("spring.flyway.password", password);
		}
		return properties;
	}

	private static String decode(String part) {
		return URLDecoder.decode(part, StandardCharsets.UTF_8);
	}

}
