package org.nurture.system;

import java.sql.SQLException;

import org.junit.jupiter.api.BeforeAll;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.nurture.testing.PostgresSchemaExtension;
import org.nurture.testing.PostgresTest;

/**
 * The group commit contract on PostgreSQL. See {@link PostgresTest} for the server it
 * needs.
 */
@PostgresTest("nurture_group_commit")
class PostgresGroupCommitTests extends GroupCommitContract {

	@BeforeAll
	static void createSchema() throws SQLException {
		PostgresSchemaExtension.schema(PostgresGroupCommitTests.class).create();
	}

	@Override
	ConnectionFactory connections() {
		return ConnectionFactories.get(PostgresSchemaExtension.schema(PostgresGroupCommitTests.class).r2dbcUrl());
	}

}
