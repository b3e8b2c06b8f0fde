package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.nurture.channel.ProcessedMessages;

/**
 * Processed provider message ids get a fixed-size key, a name-based UUID of the provider
 * and its id ({@link ProcessedMessages#key}), instead of the pair of texts: the index is
 * smaller and cheaper to insert into. The ids handled so far are kept, with their new
 * keys, so redeliveries are still recognised after the upgrade. In Java because the key
 * is computed the way the service computes it, on H2 and PostgreSQL alike.
 */
public class V5__Processed_message_key extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE processed_message_keyed (" + " id UUID PRIMARY KEY,"
					+ " provider VARCHAR(16) NOT NULL," + " message_id VARCHAR(64) NOT NULL,"
					+ " response VARCHAR(20000)," + " received_at TIMESTAMP WITH TIME ZONE NOT NULL)");
		}
		try (Statement select = connection.createStatement();
				ResultSet rows = select
					.executeQuery("SELECT provider, message_id, response, received_at FROM processed_message");
				PreparedStatement insert = connection.prepareStatement("INSERT INTO processed_message_keyed"
						+ " (id, provider, message_id, response, received_at) VALUES (?, ?, ?, ?, ?)")) {
			while (rows.next()) {
				String provider = rows.getString("provider");
				String messageId = rows.getString("message_id");
				insert.setObject(1, ProcessedMessages.key(provider, messageId));
				insert.setString(2, provider);
				insert.setString(3, messageId);
				insert.setString(4, rows.getString("response"));
				insert.setObject(5, rows.getObject("received_at", OffsetDateTime.class));
				insert.executeUpdate();
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE processed_message");
			statement.execute("ALTER TABLE processed_message_keyed RENAME TO processed_message");
			statement.execute("CREATE INDEX processed_message_received_at ON processed_message (received_at)");
		}
	}

}
