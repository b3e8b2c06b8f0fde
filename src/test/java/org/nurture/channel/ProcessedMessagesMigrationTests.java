package org.nurture.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.nurture.testing.PostgresTestSchema;

/**
 * Upgrading to keyed processed message ids (V5) keeps the ids handled before, under the
 * key the service looks them up by, so a redelivery that arrives just after an upgrade is
 * still recognised.
 */
class ProcessedMessagesMigrationTests {

	static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_processed_migration");

	static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 11, 29, 18, 30, 0, 0, ZoneOffset.UTC);

	@AfterAll
	static void dropSchema() throws SQLException {
		POSTGRES.drop();
	}

	@Test
	void keepsTheIdsHandledBeforeOnH2() throws SQLException {
		String url = "jdbc:h2:mem:processed-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		upgradeKeepsTheIds(Flyway.configure().dataSource(url, "sa", ""),
				() -> DriverManager.getConnection(url, "sa", ""));
	}

	@Test
	void keepsTheIdsHandledBeforeOnPostgres() throws SQLException {
		POSTGRES.require();
		FluentConfiguration flyway = POSTGRES.flyway();
		upgradeKeepsTheIds(flyway, () -> flyway.getDataSource().getConnection());
	}

	private static void upgradeKeepsTheIds(FluentConfiguration flyway, Connections connections) throws SQLException {
		flyway.locations("classpath:db/migration").target("4").load().migrate();
		try (Connection connection = connections.open();
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO processed_message (provider, message_id, response, received_at) VALUES (?, ?, ?, ?)")) {
			insert(insert, "TWILIO", "SM0123456789abcdef0123456789abcdef",
					"<Response><Message>Hi</Message></Response>");
			insert(insert, "TELEGRAM", "42:1001", null);
		}
		flyway.target("latest").load().migrate();
		try (Connection connection = connections.open()) {
			assertThat(row(connection, ProcessedMessages.key("TWILIO", "SM0123456789abcdef0123456789abcdef")))
				.isEqualTo("TWILIO SM0123456789abcdef0123456789abcdef <Response><Message>Hi</Message></Response> "
						+ RECEIVED.toInstant());
			assertThat(row(connection, ProcessedMessages.key("TELEGRAM", "42:1001")))
				.isEqualTo("TELEGRAM 42:1001 null " + RECEIVED.toInstant());
		}
	}

	private static void insert(PreparedStatement insert, String provider, String id, String response)
			throws SQLException {
		insert.setString(1, provider);
		insert.setString(2, id);
		insert.setString(3, response);
		insert.setObject(4, RECEIVED);
		insert.executeUpdate();
	}

	private static String row(Connection connection, UUID key) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT provider, message_id, response, received_at FROM processed_message WHERE id = ?")) {
			select.setObject(1, key);
			try (ResultSet rows = select.executeQuery()) {
				assertThat(rows.next()).as("a row under the key").isTrue();
				return rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
						+ rows.getObject(4, OffsetDateTime.class).toInstant();
			}
		}
	}

	private interface Connections {

		Connection open() throws SQLException;

	}

}
