package org.nurture.educator;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The admin reload, the health details and the reload on file change, on a running
 * server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nurture.admin-token=s3cret-admin-token", "nurture.educators.check-every=100ms",
				"management.endpoint.health.show-details=always",
				"spring.r2dbc.url=r2dbc:h2:mem:///educator-admin-tests;DB_CLOSE_DELAY=-1",
				"spring.flyway.url=jdbc:h2:mem:educator-admin-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureWebTestClient
class EducatorAdminIntegrationTests {

	static final Path FILE = temporaryFile();

	static final String HEADER = "id,name,credential,phone,email,website,city,state,zip,languages,offers\n";

	static final String ALEX = "a-1,Alex Example,CEIM,617-555-0101,,,Cambridge,MA,02139,en,group\n";

	static final String ROSA = "a-2,Rosa Muestra,CEIM,617-555-0102,,,Boston,MA,02118,es;en,group\n";

	@Autowired
	WebTestClient web;

	@Autowired
	EducatorDirectory directory;

	@DynamicPropertySource
	static void directoryFile(DynamicPropertyRegistry registry) {
		registry.add("nurture.educators.file", FILE::toString);
	}

	@BeforeEach
	void oneEducator() throws IOException {
		write(HEADER + ALEX);
		directory.reload();
	}

	@Test
	void adminEndpointsNeedTheToken() {
		web.get().uri("/admin/educators").exchange().expectStatus().isUnauthorized();
		web.post()
			.uri("/admin/educators/reload")
			.header("Authorization", "Bearer wrong")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		web.get()
			.uri("/admin/educators")
			.header("Authorization", "Bearer s3cret-admin-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.educators")
			.isEqualTo(1)
			.jsonPath("$.problems")
			.isEmpty();
	}

	@Test
	void reloadUsesAGoodFileAndRefusesABadOneKeepingTheLastGood() throws IOException {
		write(HEADER + ALEX + ROSA);
		web.post()
			.uri("/admin/educators/reload")
			.header("Authorization", "Bearer s3cret-admin-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.educators")
			.isEqualTo(2);
		write(HEADER + ALEX + "a-2,Rosa Muestra,CEIM,617-555-0102,,,Boston,MA,02118,es;en,online\n");
		web.post()
			.uri("/admin/educators/reload")
			.header("Authorization", "Bearer s3cret-admin-token")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.educators")
			.isEqualTo(2)
			.jsonPath("$.problems[0]")
			.isEqualTo(FILE.toString().replace('\\', '/')
					+ ":3 offers: 'online' is not an offer; use group, private, in_home or virtual, separated by ';'");
		assertThat(directory.current().size()).isEqualTo(2);
		web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.educators.status")
			.isEqualTo("UP")
			.jsonPath("$.components.educators.details.educators")
			.isEqualTo(2)
			.jsonPath("$.components.educators.details.problems[0]")
			.value(problem -> assertThat((String) problem).endsWith(
					":3 offers: 'online' is not an offer; use group, private, in_home or virtual, separated by ';'"));
	}

	@Test
	void aChangedFileIsReloadedWithoutARestart() throws Exception {
		write(HEADER + ALEX + ROSA);
		await().atMost(Duration.ofSeconds(10)).until(() -> directory.current().size() == 2);
	}

	private static void write(String csv) throws IOException {
		Instant previous = Files.exists(FILE) ? Files.getLastModifiedTime(FILE).toInstant() : Instant.EPOCH;
		Files.writeString(FILE, csv);
		Files.setLastModifiedTime(FILE, FileTime.from(previous.plusSeconds(2)));
	}

	private static Path temporaryFile() {
		try {
			Path folder = Files.createTempDirectory("educators");
			folder.toFile().deleteOnExit();
			return folder.resolve("educators.csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
