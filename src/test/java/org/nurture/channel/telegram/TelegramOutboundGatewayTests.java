package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.web.reactive.function.client.WebClient;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nurture.channel.DeliveryOutcome;
import org.nurture.channel.OutboundMessage;
import org.nurture.contact.Channel;
import org.nurture.contact.Contacts;
import org.nurture.contact.Reachability;
import org.nurture.conversation.Reply;
import reactor.core.publisher.Mono;

/**
 * The gateway against WireMock standing in for the Bot API, with Telegram's request shape
 * and error bodies.
 */
class TelegramOutboundGatewayTests {

	@RegisterExtension
	static WireMockExtension telegram = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static final String CHAT = "987654321";

	static final String SEND = BotApiResponses.path("sendmessage");

	final Contacts contacts = mock(Contacts.class);

	final Clock clock = Clock.fixed(Instant.parse("2026-06-01T14:00:00Z"), ZoneOffset.UTC);

	@BeforeEach
	void everyoneIsReachable() {
		given(contacts.reachability(any(), any())).willReturn(Mono.just(Reachability.REACHABLE));
		given(contacts.markBlocked(any(), any(), anyBoolean(), any())).willReturn(Mono.just(true));
		given(contacts.markUndeliverable(any(), any(), any())).willReturn(Mono.just(true));
	}

	@Test
	void sendsWithTheBotApisRequestShapeAndReturnsTheMessageId() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.sent(987654321L, 77)));
		DeliveryOutcome outcome = gateway(Duration.ofSeconds(5)).send(tip("Try a gentle leg massage today.")).block();
		assertThat(outcome).isEqualTo(DeliveryOutcome.sent("77"));
		telegram.verify(postRequestedFor(urlPathEqualTo(SEND)).withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"chat_id\":\"" + CHAT + "\",\"text\":\"Try a gentle leg massage today.\","
					+ "\"method\":\"sendmessage\"}", true, true)));
	}

	@Test
	void choicesGoAsAnInlineKeyboardUnderTheReply() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.sent(987654321L, 78)));
		gateway(Duration.ofSeconds(5)).reply(CHAT, List.of(new Reply("Pick one", List.of("Benefits", "Oils")))).block();
		telegram.verify(postRequestedFor(urlPathEqualTo(SEND))
			.withRequestBody(matchingJsonPath("$.reply_markup.inline_keyboard[1][0].text", equalTo("Oils")))
			.withRequestBody(matchingJsonPath("$.reply_markup.inline_keyboard[1][0].callback_data", equalTo("Oils"))));
	}

	@Test
	void aReplyOverFourThousandNinetySixCharactersGoesInParts() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.sent(987654321L, 79)));
		String text = "A calm, warm room helps your baby relax. ".repeat(200);
		assertThat(gateway(Duration.ofSeconds(5)).reply(CHAT, List.of(Reply.of(text))).block().status())
			.isEqualTo(DeliveryOutcome.Status.SENT);
		telegram.verify(exactly(3), postRequestedFor(urlPathEqualTo(SEND)));
	}

	@Test
	void tooManyRequestsIsRetriedAfterRetryAfter() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).inScenario("429")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(BotApiResponses.tooManyRequests(1))
			.willSetStateTo("waited"));
		telegram.stubFor(post(urlPathEqualTo(SEND)).inScenario("429")
			.whenScenarioStateIs("waited")
			.willReturn(BotApiResponses.sent(987654321L, 80)));
		long started = System.nanoTime();
		DeliveryOutcome outcome = gateway(Duration.ofSeconds(5)).send(tip("hello")).block();
		assertThat(outcome).isEqualTo(DeliveryOutcome.sent("80"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited retry_after")
			.isGreaterThan(Duration.ofMillis(900));
		telegram.verify(exactly(2), postRequestedFor(urlPathEqualTo(SEND)));
	}

	@Test
	void aRetryAfterLongerThanTheLongestWaitGivesUpAtOnce() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.tooManyRequests(3600)));
		DeliveryOutcome outcome = gateway(Duration.ofSeconds(5)).send(tip("hello")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
		assertThat(outcome.errorCode()).isEqualTo(429);
		telegram.verify(exactly(1), postRequestedFor(urlPathEqualTo(SEND)));
	}

	@Test
	void blockedByTheUserMarksTheContactBlockedAndIsNotRetried() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.blocked()));
		DeliveryOutcome outcome = gateway(Duration.ofSeconds(5)).send(tip("hello")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.UNDELIVERABLE);
		assertThat(outcome.errorCode()).isEqualTo(403);
		verify(contacts).markBlocked(eq(Channel.TELEGRAM), eq(CHAT), eq(true), any());
		telegram.verify(exactly(1), postRequestedFor(urlPathEqualTo(SEND)));
	}

	@Test
	void aChatThatDoesNotExistMarksTheContactUndeliverable() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.chatNotFound()));
		DeliveryOutcome outcome = gateway(Duration.ofSeconds(5)).send(tip("hello")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.UNDELIVERABLE);
		verify(contacts).markUndeliverable(eq(Channel.TELEGRAM), eq(CHAT), any());
	}

	@Test
	void serverErrorsAreRetriedWithBackoffThenFail() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.internalError()));
		DeliveryOutcome outcome = gateway(Duration.ofSeconds(5)).send(tip("hello")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
		assertThat(outcome.errorCode()).isEqualTo(500);
		telegram.verify(exactly(3), postRequestedFor(urlPathEqualTo(SEND)));
	}

	@Test
	void aBadGatewayPageIsAServerErrorAndRetried() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).inScenario("502")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(BotApiResponses.badGateway())
			.willSetStateTo("up"));
		telegram.stubFor(post(urlPathEqualTo(SEND)).inScenario("502")
			.whenScenarioStateIs("up")
			.willReturn(BotApiResponses.sent(987654321L, 81)));
		assertThat(gateway(Duration.ofSeconds(5)).send(tip("hello")).block()).isEqualTo(DeliveryOutcome.sent("81"));
	}

	@Test
	void aTimeoutIsNotRetriedSinceTheMessageMayHaveBeenDelivered() {
		telegram
			.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.sent(987654321L, 82).withFixedDelay(2_000)));
		DeliveryOutcome outcome = gateway(Duration.ofMillis(300)).send(tip("hello")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.UNKNOWN);
		assertThat(outcome.detail()).contains("may have been delivered").doesNotContain(BotApiResponses.TOKEN);
		telegram.verify(exactly(1), postRequestedFor(urlPathEqualTo(SEND)));
	}

	@Test
	void aFailureToConnectFailsAfterItsRetriesAndItsDescriptionHidesTheToken() {
		TelegramProperties properties = properties(Duration.ofSeconds(1));
		BotApi api = new BotApi(WebClient.create(), URI.create("http://127.0.0.1:1"), BotApiResponses.TOKEN,
				Duration.ofSeconds(1));
		TelegramOutboundGateway gateway = new TelegramOutboundGateway(api, new TelegramRateLimits(30, 3), contacts,
				clock, properties);
		DeliveryOutcome outcome = gateway.send(tip("hello")).block();
		assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
		assertThat(outcome.detail()).doesNotContain(BotApiResponses.TOKEN);
	}

	@Test
	void nothingIsSentToAContactWhoOptedOutOrBlockedTheBot() {
		given(contacts.reachability(Channel.TELEGRAM, CHAT)).willReturn(Mono.just(Reachability.BLOCKED));
		assertThat(gateway(Duration.ofSeconds(5)).send(tip("hello")).block().status())
			.isEqualTo(DeliveryOutcome.Status.UNDELIVERABLE);
		given(contacts.reachability(Channel.TELEGRAM, CHAT)).willReturn(Mono.just(Reachability.OPTED_OUT));
		assertThat(gateway(Duration.ofSeconds(5)).send(tip("hello")).block().status())
			.isEqualTo(DeliveryOutcome.Status.OPTED_OUT);
		telegram.verify(exactly(0), postRequestedFor(urlPathEqualTo(SEND)));
		verify(contacts, never()).markBlocked(any(), any(), anyBoolean(), any());
	}

	@Test
	void messagesToOneChatArePacedAfterTheBurst() {
		telegram.stubFor(post(urlPathEqualTo(SEND)).willReturn(BotApiResponses.sent(987654321L, 83)));
		TelegramOutboundGateway gateway = gateway(Duration.ofSeconds(5));
		long started = System.nanoTime();
		gateway.reply(CHAT, List.of(Reply.of("one"), Reply.of("two"), Reply.of("three"), Reply.of("four"))).block();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the fourth waits for the chat's next second")
			.isGreaterThan(Duration.ofMillis(500));
		telegram.verify(exactly(4), postRequestedFor(urlPathEqualTo(SEND)));
	}

	@Test
	void answersACallbackQuery() {
		telegram.stubFor(
				post(urlPathEqualTo(BotApiResponses.path("answercallbackquery"))).willReturn(BotApiResponses.ok()));
		gateway(Duration.ofSeconds(5)).answerCallback("4382bfdwdsb323b2d9").block();
		telegram.verify(postRequestedFor(urlPathEqualTo(BotApiResponses.path("answercallbackquery")))
			.withRequestBody(matchingJsonPath("$.callback_query_id", equalTo("4382bfdwdsb323b2d9"))));
	}

	private TelegramOutboundGateway gateway(Duration timeout) {
		TelegramProperties properties = properties(timeout);
		BotApi api = new BotApi(WebClient.create(), URI.create(telegram.baseUrl()), BotApiResponses.TOKEN, timeout);
		return new TelegramOutboundGateway(api, new TelegramRateLimits(30, 3), contacts, clock, properties);
	}

	static TelegramProperties properties(Duration timeout) {
		return new TelegramProperties(BotApiResponses.TOKEN, "s3cr3t", URI.create("http://localhost"), null, 30, 3, 3,
				Duration.ofMillis(50), Duration.ofSeconds(5), timeout, Duration.ofSeconds(1), Duration.ofSeconds(5),
				Duration.ofMinutes(5));
	}

	private static OutboundMessage tip(String text) {
		return new OutboundMessage(Channel.TELEGRAM, CHAT, text);
	}

}
