package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * A developer's laptop: a token and no public URL. The service removes the webhook,
 * registers its commands and polls {@code getUpdates}, answering what comes through the
 * Bot API, and confirms each update with the next offset. The context is closed after the
 * test, which stops the polling.
 */
@SpringBootTest(properties = { "nurture.telegram.bot-token=" + BotApiResponses.TOKEN,
		"nurture.telegram.public-base-url=", "nurture.telegram.poll-timeout=1s",
		"spring.r2dbc.url=r2dbc:h2:mem:///telegram-polling-tests;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:telegram-polling-tests;DB_CLOSE_DELAY=-1" })
@DirtiesContext
class TelegramLongPollingIntegrationTests {

	static final long CHAT = 424242424L;

	/**
	 * An update whose shape the library's types do not accept: skipped, and the poll goes
	 * on past it.
	 */
	static final String UNREADABLE = "{\"update_id\":7000,\"message\":{\"message_id\":1,\"date\":1780322400,"
			+ "\"chat\":{\"id\":\"not a number\",\"type\":\"private\"},\"text\":\"hi\"}}";

	static final WireMockServer telegram = new WireMockServer(wireMockConfig().dynamicPort());

	static {
		telegram.start();
		telegram.stubFor(
				WireMock.post(urlPathEqualTo(BotApiResponses.path("deleteWebhook"))).willReturn(BotApiResponses.ok()));
		telegram.stubFor(
				WireMock.post(urlPathEqualTo(BotApiResponses.path("setMyCommands"))).willReturn(BotApiResponses.ok()));
		telegram.stubFor(WireMock.post(urlPathEqualTo(BotApiResponses.path("sendmessage")))
			.willReturn(BotApiResponses.sent(CHAT, 5)));
		telegram.stubFor(WireMock.post(urlPathEqualTo(BotApiResponses.path("getupdates")))
			.inScenario("poll")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(BotApiResponses.internalError())
			.willSetStateTo("up"));
		telegram.stubFor(WireMock.post(urlPathEqualTo(BotApiResponses.path("getupdates")))
			.inScenario("poll")
			.whenScenarioStateIs("up")
			.willReturn(BotApiResponses.updates(UNREADABLE, TelegramUpdates.text(7001, CHAT, "/start")))
			.willSetStateTo("answered"));
		telegram.stubFor(WireMock.post(urlPathEqualTo(BotApiResponses.path("getupdates")))
			.inScenario("poll")
			.whenScenarioStateIs("answered")
			.willReturn(BotApiResponses.updates().withFixedDelay(200)));
	}

	@DynamicPropertySource
	static void botApi(DynamicPropertyRegistry registry) {
		registry.add("nurture.telegram.api-base-url", telegram::baseUrl);
	}

	@Test
	void pollsForUpdatesSkipsAnUnreadableOneAnswersTheRestAndConfirmsThemWithTheNextOffset() {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			telegram.verify(postRequestedFor(urlPathEqualTo(BotApiResponses.path("sendmessage")))
				.withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(CHAT))))
				.withRequestBody(matchingJsonPath("$.text", WireMock.containing("Hi, I'm Nurture"))));
			telegram.verify(postRequestedFor(urlPathEqualTo(BotApiResponses.path("getupdates")))
				.withRequestBody(matchingJsonPath("$.offset", equalTo("7002")))
				.withRequestBody(matchingJsonPath("$.timeout", equalTo("1"))));
		});
		telegram.verify(postRequestedFor(urlPathEqualTo(BotApiResponses.path("deleteWebhook"))));
		telegram.verify(postRequestedFor(urlPathEqualTo(BotApiResponses.path("setMyCommands"))));
		assertThat(telegram.findAll(postRequestedFor(urlPathEqualTo(BotApiResponses.path("setWebhook"))))).isEmpty();
	}

}
