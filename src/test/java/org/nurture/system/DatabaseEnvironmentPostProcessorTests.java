package org.nurture.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DatabaseEnvironmentPostProcessorTests {

	@Test
	void withoutDatabaseUrlTheEmbeddedDatabaseLivesInTheDataDir() {
		MockEnvironment environment = new MockEnvironment().withProperty("nurture.data-dir", "/var/lib/nurture");
		postProcess(environment);
		assertThat(environment.getProperty("spring.r2dbc.url"))
			.isEqualTo("r2dbc:h2:file:////var/lib/nurture/nurture;DB_CLOSE_DELAY=-1"
					+ DatabaseEnvironmentPostProcessor.EMBEDDED_SETTINGS);
		assertThat(environment.getProperty("spring.flyway.url"))
			.isEqualTo("jdbc:h2:file:/var/lib/nurture/nurture;DB_CLOSE_DELAY=-1");
	}

	@Test
	void theEmbeddedDatabaseWritesEachCommitToItsFileBeforeTheCommitReturns(@TempDir Path dataDir) throws SQLException {
		assertThat(DatabaseEnvironmentPostProcessor.EMBEDDED_SETTINGS).contains(";WRITE_DELAY=0");
		String url = "jdbc:h2:file:" + dataDir.resolve("nurture") + DatabaseEnvironmentPostProcessor.EMBEDDED_SETTINGS;
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet setting = statement.executeQuery(
						"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
			assertThat(setting.next()).isTrue();
			assertThat(setting.getString(1)).as("H2's delay between a commit and its write to the file, in ms")
				.isEqualTo("0");
		}
	}

	@Test
	void theEmbeddedDatabaseRunsWithoutH2sValueCacheUnlessTheOperatorSaysOtherwise() {
		String before = System.getProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE);
		try {
			System.clearProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE);
			postProcess(new MockEnvironment());
			assertThat(System.getProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE)).isEqualTo("false");

			System.setProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE, "true");
			postProcess(new MockEnvironment());
			assertThat(System.getProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE)).isEqualTo("true");

			System.clearProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE);
			postProcess(new MockEnvironment().withProperty("DATABASE_URL", "postgres://u:p@db:5432/app"));
			assertThat(System.getProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE)).isNull();
		}
		finally {
			if (before == null) {
				System.clearProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE);
			}
			else {
				System.setProperty(DatabaseEnvironmentPostProcessor.H2_OBJECT_CACHE, before);
			}
		}
	}

	@Test
	void aPostgresDatabaseUrlIsUsedByBothR2dbcAndFlyway() {
		Map<String, Object> properties = DatabaseEnvironmentPostProcessor
			.postgres("postgres://nurture:s%40cret@db.internal:5433/nurture?sslmode=require");
		assertThat(properties)
			.containsEntry("spring.r2dbc.url", "r2dbc:postgresql://db.internal:5433/nurture?sslmode=require")
			.containsEntry("spring.flyway.url", "jdbc:postgresql://db.internal:5433/nurture?sslmode=require")
			.containsEntry("spring.r2dbc.username", "nurture")
			.containsEntry("spring.r2dbc.password", "s@cret")
			.containsEntry("spring.flyway.user", "nurture")
			.containsEntry("spring.flyway.password", "s@cret");
	}

	@Test
	void postgresqlAndJdbcSchemesAreAcceptedToo() {
		assertThat(DatabaseEnvironmentPostProcessor.postgres("postgresql://db:5432/app"))
			.containsEntry("spring.r2dbc.url", "r2dbc:postgresql://db:5432/app");
		assertThat(DatabaseEnvironmentPostProcessor.postgres("jdbc:postgresql://db/app"))
			.containsEntry("spring.flyway.url", "jdbc:postgresql://db/app");
	}

	@Test
	void explicitSettingsWin() {
		MockEnvironment environment = new MockEnvironment().withProperty("DATABASE_URL", "postgres://u:p@db:5432/app")
			.withProperty("spring.r2dbc.url", "r2dbc:h2:mem:///explicit");
		postProcess(environment);
		assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:h2:mem:///explicit");
	}

	@Test
	void anotherKindOfDatabaseUrlIsRefusedWithAClearMessage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseEnvironmentPostProcessor.postgres("mysql://db/app"))
			.withMessageContaining("postgres://user:password@host:5432/database");
	}

	@Test
	void embeddedPathIsAbsolute() {
		assertThat(DatabaseEnvironmentPostProcessor.embedded(Path.of("data")).get("spring.flyway.url").toString())
			.startsWith("jdbc:h2:file:/");
	}

	private static void postProcess(MockEnvironment environment) {
		new DatabaseEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
	}

}
