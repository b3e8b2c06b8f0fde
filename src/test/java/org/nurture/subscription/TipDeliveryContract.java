package org.nurture.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.MediaType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import org.nurture.channel.sms.TwilioApi;
import org.nurture.channel.sms.TwilioRequests;
import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.contact.Contact;
import org.nurture.contact.Contacts;
import org.nurture.testing.SettableClock;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Daily tips from the subscription table to Twilio's REST API (WireMock) through the real
 * scheduler's rounds, the outbox and the SMS gateway, on each database the service
 * supports: on time, once, never late, never after a STOP, never twice after an unclear
 * send. The clock is moved by hand and rounds are run by the test (the scheduler's own
 * timer is off).
 */
@SpringBootTest(properties = { "nurture.tips.enabled=false", "nurture.twilio.auth-token=" + TwilioRequests.AUTH_TOKEN,
		"nurture.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE_URL,
		"nurture.twilio.account-sid=" + TipDeliveryContract.ACCOUNT, "nurture.twilio.from=+16175550100",
		"nurture.twilio.messages-per-second=1000", "nurture.twilio.send-attempts=2",
		"nurture.twilio.first-retry-delay=10ms", "nurture.twilio.request-timeout=500ms" })
@AutoConfigureWebTestClient
@Import(TipDeliveryContract.Time.class)
abstract class TipDeliveryContract {

	static final String ACCOUNT = "AC77777777777777777777777777777777";

	static final String MESSAGES = TwilioApi.messages(ACCOUNT);

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** 9:00 in New York on Monday 1 February 2027. */
	static final Instant NINE_AM = Instant.parse("2027-02-01T14:00:00Z");

	@RegisterExtension
	static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@DynamicPropertySource
	static void twilioApi(DynamicPropertyRegistry registry) {
		registry.add("nurture.twilio.api-base-url", twilio::baseUrl);
	}

	/**
	 * Each run's parents are new people: the embedded database outlives a run, and a
	 * parent who opted out in an earlier one would stay opted out.
	 */
	private static final String EXCHANGE = "+1" + (2000 + ThreadLocalRandom.current().nextInt(7000)) + "55";

	@Autowired
	WebTestClient client;

	@Autowired
	SettableClock clock;

	@Autowired
	TipDispatcher dispatcher;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Contacts contacts;

	@Autowired
	TipCatalog catalog;

	@Autowired
	DatabaseClient database;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void twilioAccepts() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(TwilioApi.created(ACCOUNT, "+16175550100", "+1617555", "SM" + "5".repeat(32))));
	}

	@AfterEach
	void emptyTables() {
		database.sql("DELETE FROM subscription").fetch().rowsUpdated().block();
		database.sql("DELETE FROM send_pace").fetch().rowsUpdated().block();
	}

	@Test
	void aDueTipGoesOutOnceAtItsTimeWithATipForTheBabysAge() {
		String parent = parent(1);
		Contact contact = subscribe(parent,
				Subscription.born(LocalDate.of(2026, 12, 23), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofDays(1)));

		round(NINE_AM.minusSeconds(60));
		twilio.verify(exactly(0), postRequestedFor(urlPathEqualTo(MESSAGES)));

		round(NINE_AM.plusSeconds(5));
		round(NINE_AM.plusSeconds(20));
		round(NINE_AM.plus(Duration.ofHours(3)));
		twilio.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(parent)));

		Map<String, Object> delivery = deliveries(contact).get(0);
		assertThat(delivery).containsEntry("STATUS", "SENT").containsEntry("LOCAL_DATE", LocalDate.of(2027, 2, 1));
		assertThat(delivery.get("PROVIDER_MESSAGE_ID")).isEqualTo("SM" + "5".repeat(32));
		Tip tip = catalog.tip((String) delivery.get("TIP_ID")).orElseThrow();
		assertThat(tip.isFor(Stage.born(40))).as("the tip suits a 40-day-old").isTrue();
		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("Body", equalTo(tip.text("en"))));
		assertThat(nextDue(contact)).isEqualTo(NINE_AM.plus(Duration.ofDays(1)));
		assertThat(meters.get("nurture.tips.deliveries").tag("status", "SENT").counter().count()).isPositive();
		assertThat(meters.get("nurture.tips.send.delay").timer().count()).isPositive();
		assertThat(meters.get("nurture.tips.backlog").gauge().value()).isZero();
	}

	@Test
	void theSchedulersRoundReadsTheClockEachTimeItRuns() {
		Contact contact = subscribe(parent(11),
				Subscription.born(LocalDate.of(2026, 12, 23), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofDays(1)));
		Mono<Void> round = new TipScheduler(dispatcher).round();
		clock.set(NINE_AM.minusSeconds(60));
		round.block(Duration.ofSeconds(30));
		assertThat(deliveries(contact)).isEmpty();
		clock.set(NINE_AM.plusSeconds(60));
		round.block(Duration.ofSeconds(30));
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("SENT");
	}

	@Test
	void theTipOfDay730IsTheLastAndEndsTheProgram() {
		Contact contact = subscribe(parent(12),
				Subscription.born(LocalDate.of(2025, 2, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofDays(1)));
		round(NINE_AM.plusSeconds(5));

		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("SENT");
		assertThat(catalog.tip((String) deliveries(contact).get(0).get("TIP_ID")).orElseThrow().isFor(Stage.born(730)))
			.isTrue();
		assertThat(subscriptions.find(contact.id()).block().endReason()).isEqualTo(Subscription.EndReason.COMPLETED);
		assertThat(nextDue(contact)).isNull();
	}

	@Test
	void aTimeMovedLaterOnTheDayOfATipDoesNotBringASecondOne() {
		Contact contact = subscribe(parent(13),
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofHours(1)));
		round(NINE_AM.plusSeconds(5));
		Subscription later = subscriptions.find(contact.id()).block().at(LocalTime.of(15, 0));
		subscriptions.save(contact.id(), later, NINE_AM.plus(Duration.ofHours(1))).block();
		assertThat(nextDue(contact)).isEqualTo(NINE_AM.plus(Duration.ofHours(6)));

		round(NINE_AM.plus(Duration.ofHours(6)).plusSeconds(5));

		twilio.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("SENT");
		assertThat(nextDue(contact)).isEqualTo(NINE_AM.plus(Duration.ofHours(30)));
	}

	@Test
	void afterThreeDaysDownTheMissedTipsAreSkippedNotSentInABurst() {
		Contact contact = subscribe(parent(2),
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "es"),
				NINE_AM.minus(Duration.ofHours(1)));

		round(NINE_AM.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(30)));

		twilio.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(deliveries(contact)).extracting(row -> row.get("LOCAL_DATE") + " " + row.get("STATUS"))
			.containsExactly("2027-02-01 SKIPPED", "2027-02-02 SKIPPED", "2027-02-03 SKIPPED", "2027-02-04 SENT");
		assertThat(deliveries(contact).get(0).get("DETAIL")).isEqualTo("more than 2 hours late");
	}

	@Test
	void aStopThatArrivesBeforeTheDueTipIsSentCancelsIt() {
		Contact contact = subscribe(parent(3),
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofHours(1)));
		clock.set(NINE_AM.plusSeconds(1));
		dispatcher.planAll().block();
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("PENDING");

		Subscription stopped = subscriptions.find(contact.id()).block().ended(Subscription.EndReason.STOPPED);
		subscriptions.save(contact.id(), stopped, NINE_AM.plusSeconds(2)).block();
		round(NINE_AM.plusSeconds(3));

		twilio.verify(exactly(0), postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("CANCELLED");
		assertThat(nextDue(contact)).isNull();
	}

	@Test
	void aParentWhoOptedOutAfterTheTipWasClaimedIsNotSentIt() {
		String parent = parent(4);
		Contact contact = subscribe(parent,
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofHours(1)));
		contacts.recordConsent(contact, Consent.OPT_OUT, "STOP", NINE_AM).block();
		round(NINE_AM.plusSeconds(3));

		twilio.verify(exactly(0), postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("CANCELLED");
		assertThat(subscriptions.find(contact.id()).block().endReason()).isEqualTo(Subscription.EndReason.STOPPED);
	}

	@Test
	void aSendTwilioDidNotAnswerInTimeIsRecordedUnknownAndNeverSentAgain() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(
				TwilioApi.created(ACCOUNT, "+16175550100", parent(5), "SM" + "6".repeat(32)).withFixedDelay(1_500)));
		Contact contact = subscribe(parent(5),
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofHours(1)));

		round(NINE_AM.plusSeconds(3));
		round(NINE_AM.plusSeconds(30));

		twilio.verify(exactly(1), postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("UNKNOWN");
	}

	@Test
	void anInstanceThatDiedMidSendLeavesItsTipUnknownNotResent() {
		Contact contact = subscribe(parent(6),
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofHours(1)));
		clock.set(NINE_AM.plusSeconds(1));
		dispatcher.planAll().block();
		database.sql("UPDATE tip_delivery SET status = 'SENDING', claimed_at = :at")
			.bind("at", Subscriptions.utc(NINE_AM.plusSeconds(2)))
			.fetch()
			.rowsUpdated()
			.block();

		round(NINE_AM.plus(Duration.ofMinutes(1)));
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("SENDING");
		round(NINE_AM.plus(Duration.ofMinutes(6)));

		twilio.verify(exactly(0), postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("UNKNOWN");
	}

	@Test
	void aTipStillQueuedAtEightInTheEveningIsSkipped() {
		Contact contact = subscribe(parent(7),
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(19, 30), Cadence.DAILY, "en"),
				NINE_AM);
		Instant halfPastSeven = Instant.parse("2027-02-02T00:30:00Z");
		clock.set(halfPastSeven.plusSeconds(1));
		dispatcher.planAll().block();

		clock.set(halfPastSeven.plus(Duration.ofMinutes(31)));
		dispatcher.sendAll().block();

		twilio.verify(exactly(0), postRequestedFor(urlPathEqualTo(MESSAGES)));
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS") + ": " + row.get("DETAIL"))
			.containsExactly("SKIPPED: outside 08:00-20:00 in the parent's time zone");
	}

	@Test
	void twilioSaying21610EndsTheSubscriptionAnd21614MarksItUnreachable() {
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(parent(8)))
			.willReturn(TwilioApi.error(400, 21610, "Attempt to send to unsubscribed recipient")));
		twilio.stubFor(post(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(parent(9)))
			.willReturn(TwilioApi.error(400, 21614, "'To' number is not a valid mobile number")));
		Contact unsubscribed = subscribe(parent(8),
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofHours(1)));
		Contact landline = subscribe(parent(9),
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofHours(1)));

		round(NINE_AM.plusSeconds(3));

		assertThat(subscriptions.find(unsubscribed.id()).block().endReason()).isEqualTo(Subscription.EndReason.STOPPED);
		assertThat(subscriptions.find(landline.id()).block().endReason()).isEqualTo(Subscription.EndReason.UNREACHABLE);
		assertThat(deliveries(unsubscribed)).extracting(row -> row.get("STATUS")).containsExactly("CANCELLED");
		assertThat(deliveries(landline)).extracting(row -> row.get("STATUS") + " " + row.get("ERROR_CODE"))
			.containsExactly("FAILED 21614");
		round(NINE_AM.plus(Duration.ofDays(1)));
		twilio.verify(exactly(2), postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void roundsRacingOnTheSameDatabaseSendEachTipOnce() {
		int parents = 120;
		for (int i = 0; i < parents; i++) {
			subscribe(parent(1000 + i),
					Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
					NINE_AM.minus(Duration.ofHours(1)));
		}
		clock.set(NINE_AM.plusSeconds(1));
		Flux.range(0, 4).flatMap(racer -> dispatcher.round(), 4).blockLast(Duration.ofSeconds(60));
		dispatcher.round().block();

		twilio.verify(exactly(parents), postRequestedFor(urlPathEqualTo(MESSAGES)));
		for (int i = 0; i < parents; i++) {
			twilio.verify(exactly(1),
					postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(parent(1000 + i))));
		}
		Long sent = database.sql("SELECT COUNT(*) AS sent FROM tip_delivery WHERE status = 'SENT'")
			.map(row -> row.get("sent", Long.class))
			.one()
			.block();
		assertThat(sent).isEqualTo(parents);
	}

	@Test
	void twilioStatusCallbacksRecordDeliveredUndeliveredAndFailedWithTheErrorCode() {
		String parent = parent(10);
		Contact contact = subscribe(parent,
				Subscription.born(LocalDate.of(2026, 12, 1), NEW_YORK, LocalTime.of(9, 0), Cadence.DAILY, "en"),
				NINE_AM.minus(Duration.ofHours(1)));
		round(NINE_AM.plusSeconds(3));
		twilio.verify(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("StatusCallback",
				equalTo(TwilioRequests.PUBLIC_BASE_URL + "/webhooks/twilio/status")));
		String sid = "SM" + "5".repeat(32);

		statusCallback(TwilioRequests.statusCallback(sid, "sent", null), null).expectStatus().isNoContent();
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("SENT");

		Map<String, String> forged = TwilioRequests.statusCallback(sid, "delivered", null);
		statusCallback(forged, TwilioRequests.signFor("/webhooks/twilio/status", Map.of("MessageSid", sid)))
			.expectStatus()
			.isForbidden();
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS")).containsExactly("SENT");

		statusCallback(TwilioRequests.statusCallback(sid, "undelivered", 30003), null).expectStatus().isNoContent();
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS") + " " + row.get("ERROR_CODE"))
			.containsExactly("UNDELIVERED 30003");

		statusCallback(TwilioRequests.statusCallback(sid, "delivered", null), null).expectStatus().isNoContent();
		assertThat(deliveries(contact)).extracting(row -> row.get("STATUS") + " " + row.get("ERROR_CODE"))
			.containsExactly("DELIVERED null");

		// A message that is not a tip: acknowledged, nothing to record.
		statusCallback(TwilioRequests.statusCallback("SM" + "e".repeat(32), "failed", 30008), null).expectStatus()
			.isNoContent();
	}

	private WebTestClient.ResponseSpec statusCallback(Map<String, String> parameters, String signature) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		parameters.forEach(form::add);
		return client.post()
			.uri("/webhooks/twilio/status")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature",
					signature != null ? signature : TwilioRequests.signFor("/webhooks/twilio/status", parameters))
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	private static String parent(int number) {
		return EXCHANGE + "%04d".formatted(number);
	}

	private Contact subscribe(String parent, Subscription subscription, Instant at) {
		clock.set(at);
		Contact contact = contacts.findOrCreate(Channel.SMS, parent, at).block();
		subscriptions.save(contact.id(), subscription, at).block();
		return contact;
	}

	private void round(Instant at) {
		clock.set(at);
		dispatcher.round().block(Duration.ofSeconds(30));
	}

	private List<Map<String, Object>> deliveries(Contact contact) {
		return database
			.sql("SELECT d.local_date, d.status, d.tip_id, d.detail, d.provider_message_id, d.error_code"
					+ " FROM tip_delivery d JOIN subscription s ON s.id = d.subscription_id"
					+ " WHERE s.contact_id = :contact ORDER BY d.local_date")
			.bind("contact", contact.id())
			.map(row -> Map.<String, Object>of("LOCAL_DATE", row.get("local_date", LocalDate.class), "STATUS",
					row.get("status", String.class), "TIP_ID", String.valueOf(row.get("tip_id", String.class)),
					"DETAIL", String.valueOf(row.get("detail", String.class)), "PROVIDER_MESSAGE_ID",
					String.valueOf(row.get("provider_message_id", String.class)), "ERROR_CODE",
					String.valueOf(row.get("error_code", Integer.class))))
			.all()
			.collectList()
			.block();
	}

	private Instant nextDue(Contact contact) {
		return database.sql("SELECT next_due_at FROM subscription WHERE contact_id = :contact")
			.bind("contact", contact.id())
			.map(row -> Optional.ofNullable(row.get("next_due_at", OffsetDateTime.class)))
			.one()
			.block()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock(NINE_AM);
		}

	}

}
