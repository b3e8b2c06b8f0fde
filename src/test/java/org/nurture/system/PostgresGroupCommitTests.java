package org.nurture.system;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.nurture.testing.PostgresTestSchema;

/** The group commit contract on PostgreSQL. See {@link PostgresTestSchema} for the server it needs. */
class PostgresGroupCommitTests extends GroupCommitContract {

	static final PostgresTestSchema POSTGRES = new PostgresTestSchema("nurture_group_commit");

	@BeforeAll
	static void createSchema() throws SQLException {
		POSTGRES.require();
		POSTGRES.create();
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		POSTGRES.drop();
	}

	@Override
	ConnectionFactory connections() {
		return ConnectionFactories.get(POSTGRES.r2dbcUrl());
	}
}
