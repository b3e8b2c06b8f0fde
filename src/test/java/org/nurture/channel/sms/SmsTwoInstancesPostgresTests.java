package org.nurture.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

import org.nurture.NurtureApplication;
import org.nurture.testing.PostgresSchemaExtension;
import org.nurture.testing.PostgresTest;

/**
 * Two instances of the service on one PostgreSQL database, as behind a load balancer: a
 * parent's texts, all at once and spread over both, are each answered from the
 * conversation, one after another. Each instance takes its own in turn; between the
 * instances, the session's version in the database decides.
 */
@PostgresTest("nurture_two_instances")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nurture.twilio.auth-token=" + TwilioRequests.AUTH_TOKEN,
				"nurture.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE_URL })
class SmsTwoInstancesPostgresTests {

	private static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient database;

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void fiftyTextsFromOneNumberSpreadOverTwoInstancesAreEachAnsweredInTurn() {
		String parent = "+16175550355";
		List<String> answers = SmsBurst.send(List.of("http://localhost:" + port, "http://localhost:" + secondPort()),
				parent, "hi", 50);
		assertThat(answers).hasSize(50).allSatisfy(SmsConversationContract::answeredFromTheConversation);
		assertThat(database
			.sql("SELECT s.version FROM conversation_session s JOIN contact c ON c.id = s.contact_id"
					+ " WHERE c.channel = 'SMS' AND c.address = :address")
			.bind("address", parent)
			.map(row -> row.get("version", Long.class))
			.one()
			.block()).as("one write per message, each over the one before").isEqualTo(50L);
	}

	/** A second instance on the same schema, started once. */
	private static int secondPort() {
		if (second == null) {
			Map<String, Object> properties = new HashMap<>(
					PostgresSchemaExtension.schema(SmsTwoInstancesPostgresTests.class).springProperties());
			properties.put("server.port", "0");
			properties.put("nurture.twilio.auth-token", TwilioRequests.AUTH_TOKEN);
			properties.put("nurture.twilio.public-base-url", TwilioRequests.PUBLIC_BASE_URL);
			properties.put("spring.flyway.enabled", "false");
			second = new SpringApplicationBuilder(NurtureApplication.class).run(properties.entrySet()
				.stream()
				.map(property -> "--" + property.getKey() + "=" + property.getValue())
				.toArray(String[]::new));
		}
		return Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
	}

}
