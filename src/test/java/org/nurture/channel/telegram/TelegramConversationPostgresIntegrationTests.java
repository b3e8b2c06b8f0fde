package org.nurture.channel.telegram;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.nurture.testing.PostgresTestSchema;

/** Telegram conversations on PostgreSQL, as several instances share it. See {@link PostgresTestSchema} for the server it needs. */
class TelegramConversationPostgresIntegrationTests extends TelegramConversationContract {

	static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_telegram");

	@BeforeAll
	static void requirePostgres() {
		POSTGRES.require();
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		POSTGRES.drop();
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		POSTGRES.register(registry);
	}
}
