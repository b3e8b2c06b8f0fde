package org.nurture.conversation;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.nurture.testing.PostgresTestSchema;

/** The persistence contract on PostgreSQL. See {@link PostgresTestSchema} for the server it needs. */
class PostgresPersistenceTests extends ConversationPersistenceContract {

	static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_test");

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
