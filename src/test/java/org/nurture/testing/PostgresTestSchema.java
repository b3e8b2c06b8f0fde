package org.nurture.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own on the test PostgreSQL server, for one test class, dropped afterwards. The server is at
 * {@code NURTURE_TEST_POSTGRES} (default 127.0.0.1:5432, database {@code test}, user {@code postgres}); without one
 * the tests are skipped, unless {@code -Dnurture.postgres-tests.required=true} (as in CI) makes that a failure.
 *
 * <pre>
 * static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_sms");
 * &#64;BeforeAll static void requirePostgres() { POSTGRES.require(); }
 * &#64;AfterAll static void dropSchema() throws SQLException { POSTGRES.drop(); }
 * &#64;DynamicPropertySource static void postgres(DynamicPropertyRegistry registry) { POSTGRES.register(registry); }
 * </pre>
 */
public final class PostgresTestSchema {

	private static final String HOST_PORT_DATABASE = System.getenv().getOrDefault("NURTURE_TEST_POSTGRES",
			"127.0.0.1:5432/test");

	private static final String USER = System.getenv().getOrDefault("NURTURE_TEST_POSTGRES_USER", "postgres");

	private final String schema;

	/** A new schema named with the prefix and a random suffix. */
	public PostgresTestSchema(String prefix) {
		this.schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** Skips the tests (or fails them, when PostgreSQL is required) without a server. */
	public void require() {
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

	public void drop() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	/** Creates the schema, for tests that use it without migrations. */
	public void create() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
		}
	}

	/** Flyway, set to migrate the schema; its data source's connections work in the schema too. */
	public FluentConfiguration flyway() {
		return Flyway.configure()
			.dataSource("jdbc:postgresql://" + HOST_PORT_DATABASE + "?currentSchema=" + schema, USER, "")
			.schemas(schema)
			.defaultSchema(schema);
	}

	/** The R2DBC URL of the schema. */
	public String r2dbcUrl() {
		return "r2dbc:postgresql://" + USER + "@" + HOST_PORT_DATABASE + "?schema=" + schema;
	}

	/** Points the service (R2DBC) and its migrations (Flyway) at the schema. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://" + HOST_PORT_DATABASE + "?schema=" + schema);
		registry.add("spring.r2dbc.username", () -> USER);
		registry.add("spring.r2dbc.password", () -> "");
		registry.add("spring.flyway.url", () -> "jdbc:postgresql://" + HOST_PORT_DATABASE);
		registry.add("spring.flyway.user", () -> USER);
		registry.add("spring.flyway.password", () -> "");
		registry.add("spring.flyway.default-schema", () -> schema);
		registry.add("spring.flyway.schemas", () -> schema);
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + HOST_PORT_DATABASE, USER, "");
	}
}
