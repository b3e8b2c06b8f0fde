package org.nurture.channel.sms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SMS conversations on PostgreSQL, as several instances share it, in a schema of their own dropped afterwards. It
 * needs a server at {@code NURTURE_TEST_POSTGRES} (default 127.0.0.1:5432, database {@code test}, user
 * {@code postgres}); without one it is skipped, unless {@code -Dnurture.postgres-tests.required=true} (as in CI).
 */
class SmsConversationPostgresIntegrationTests extends SmsConversationContract {

	static final String HOST_PORT_DATABASE = System.getenv().getOrDefault("NURTURE_TEST_POSTGRES",
			"127.0.0.1:5432/test");

	static final String USER = System.getenv().getOrDefault("NURTURE_TEST_POSTGRES_USER", "postgres");

	static final String SCHEMA = "nurture_sms_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@BeforeAll
	static void requirePostgres() {
		try (Connection connection = connect()) {
			connection.isValid(2);
		}
		catch (SQLException unavailable) {
			if (Boolean.getBoolean("nurture.postgres-tests.required")) {
				throw new IllegalStateException("PostgreSQL is required for these tests but is not reachable at "
						+ HOST_PORT_DATABASE + ": " + unavailable.getMessage(), unavailable);
			}
			Assumptions.abort("PostgreSQL is not reachable at " + HOST_PORT_DATABASE + "; skipping");
		}
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		}
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://" + HOST_PORT_DATABASE + "?schema=" + SCHEMA);
		registry.add("spring.r2dbc.username", () -> USER);
		registry.add("spring.r2dbc.password", () -> "");
		registry.add("spring.flyway.url", () -> "jdbc:postgresql://" + HOST_PORT_DATABASE);
		registry.add("spring.flyway.user", () -> USER);
		registry.add("spring.flyway.password", () -> "");
		registry.add("spring.flyway.default-schema", () -> SCHEMA);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + HOST_PORT_DATABASE, USER, "");
	}
}
