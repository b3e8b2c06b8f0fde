package org.nurture.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on the test PostgreSQL server, for one test class, dropped
 * afterwards. The server is at {@code NURTURE_TEST_POSTGRES} (default 127.0.0.1:5432,
 * database {@code test}, user {@code postgres}); without one the tests are skipped,
 * unless {@code -Dnurture.postgres-tests.required=true} (as in CI) makes that a failure.
 * <p>
 * A test class annotated with {@link PostgresTest} gets one made, required, given to
 * Spring and dropped for it (see {@link PostgresSchemaExtension}). A test that needs
 * PostgreSQL for only some of its methods makes its own:
 *
 * <pre>
 * static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_migration");
 * &#64;AfterAll static void dropSchema() throws SQLException { POSTGRES.drop(); }
 * &#64;Test void onPostgres() { POSTGRES.require(); ... }
 * </pre>
 */
public final class PostgresTestSchema {

	private static final String HOST_PORT_DATABASE = System.getenv()
		.getOrDefault("NURTURE_TEST_POSTGRES", "127.0.0.1:5432/test");

	private static final String USER = System.getenv().getOrDefault("NURTURE_TEST_POSTGRES_USER", "postgres");

	private final String schema;

	/**
	 * Whether the server answered: otherwise there is no schema to drop, and no server to
	 * drop it on.
	 */
	private volatile boolean reached;

	/** A new schema named with the prefix and a random suffix. */
	public PostgresTestSchema(String prefix) {
		this.schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/** Skips the tests (or fails them, when PostgreSQL is required) without a server. */
	public void require() {
		try (Connection connection = connect()) {
			connection.isValid(2);
			reached = true;
		}
		catch (SQLException unavailable) {
			if (Boolean.getBoolean("nurture.postgres-tests.required")) {
				throw new IllegalStateException("PostgreSQL is required for these tests but is not reachable at "
						+ HOST_PORT_DATABASE + ": " + unavailable.getMessage(), unavailable);
			}
			Assumptions.abort("PostgreSQL is not reachable at " + HOST_PORT_DATABASE + "; skipping");
		}
	}

	/**
	 * Drops the schema; does nothing when the server was never reached, as when the tests
	 * were skipped.
	 */
	public void drop() throws SQLException {
		if (!reached) {
			return;
		}
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	/** Creates the schema, for tests that use it without migrations. */
	public void create() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
			reached = true;
		}
	}

	/**
	 * Flyway, set to migrate the schema; its data source's connections work in the schema
	 * too.
	 */
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

	/**
	 * The properties that point the service (R2DBC) and its migrations (Flyway) at the
	 * schema.
	 */
	public Map<String, Object> springProperties() {
		return Map.of("spring.r2dbc.url", "r2dbc:postgresql://" + HOST_PORT_DATABASE + "?schema=" + schema,
				"spring.r2dbc.username", USER, "spring.r2dbc.password", "", "spring.flyway.url",
				"jdbc:postgresql://" + HOST_PORT_DATABASE, "spring.flyway.user", USER, "spring.flyway.password", "",
				"spring.flyway.default-schema", schema, "spring.flyway.schemas", schema);
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + HOST_PORT_DATABASE, USER, "");
	}

}
