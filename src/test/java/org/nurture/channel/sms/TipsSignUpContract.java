package org.nurture.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import io.r2dbc.spi.Readable;
import org.nurture.testing.SettableClock;

/**
 * Daily tips by SMS, through the Twilio webhook into the database, on each database the
 * service supports: the YES to the confirmation leaves exactly one subscription, in the
 * parent's zone and at their time, with every step of the consent recorded as it was
 * shown; a redelivered YES changes nothing; STOP ends it at once and cancels the tip
 * waiting to be sent.
 */
@SpringBootTest(properties = { "nurture.tips.enabled=false", "nurture.twilio.auth-token=" + TwilioRequests.AUTH_TOKEN,
		"nurture.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE_URL })
@AutoConfigureWebTestClient
@Import(TipsSignUpContract.FixedClock.class)
abstract class TipsSignUpContract {

	/** Monday June 15, 2026, 2pm in Chicago. */
	static final Instant START = Instant.parse("2026-06-15T19:00:00Z");

	static final AtomicInteger PARENTS = new AtomicInteger();

	static final String CONFIRMATION = "Nurture Daily Tips: 1 msg/day at 8:00 AM (Central Time), for your baby born"
			+ " March 3. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Reply YES to start.";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	SettableClock clock;

	Instant now = START;

	@Test
	void aYesSubscribesOnceAsShownAndStopEndsItAndCancelsTheWaitingTip() throws Exception {
		String parent = newParent();
		text(parent, "send me daily tips");
		text(parent, "born march 3");
		text(parent, "7am");
		text(parent, "78701");
		assertThat(text(parent, "1")).isEqualTo(CONFIRMATION);
		assertThat(subscriptions(parent)).as("nothing before YES").isEmpty();

		String yes = TwilioRequests.newSid();
		String subscribed = send(yes, parent, "YES");
		assertThat(subscribed).contains("Your first tip comes tomorrow, Tue Jun 16, at 8:00 AM.");

		List<Map<String, Object>> rows = subscriptions(parent);
		assertThat(rows).hasSize(1);
		Map<String, Object> row = rows.get(0);
		assertThat(row).containsEntry("status", "ACTIVE")
			.containsEntry("birth_date", LocalDate.parse("2026-03-03"))
			.containsEntry("time_zone", "America/Chicago")
			.containsEntry("send_time", LocalTime.of(8, 0))
			.containsEntry("cadence", "DAILY")
			.containsEntry("language", "en");
		assertThat(((OffsetDateTime) row.get("next_due_at")).toInstant())
			.isEqualTo(Instant.parse("2026-06-16T13:00:00Z"));
		assertThat(consents(parent)).containsExactly("TIPS_ASKED:ask-baby", "TIPS_ASKED:ask-time", "TIPS_ASKED:ask-zip",
				"TIPS_ASKED:ask-cadence", "TIPS_ASKED:confirm-daily", "TIPS_ASKED:subscribed", "TIPS_YES:YES");
		assertThat(shown(parent, "TIPS_YES")).isEqualTo(CONFIRMATION);
		assertThat(shown(parent, "TIPS_ASKED", "ask-cadence"))
			.isEqualTo("How often would you like a tip?\n1. Every day\n2. 3 a week (Mon, Wed, Fri)");
		assertThat(optedOut(parent)).as("tips consents leave messages on").isFalse();

		assertThat(send(yes, parent, "YES")).as("a redelivered YES").isEqualTo(subscribed);
		assertThat(subscriptions(parent)).hasSize(1);
		assertThat(consents(parent)).as("no second consent").hasSize(7);

		UUID waiting = waitingTip(row);
		assertThat(send(TwilioRequests.newSid(), parent, "STOP")).isEqualTo(Twiml.EMPTY);

		Map<String, Object> ended = subscriptions(parent).get(0);
		assertThat(ended).containsEntry("status", "ENDED").containsEntry("end_reason", "STOPPED");
		assertThat(ended.get("next_due_at")).isNull();
		assertThat(deliveryStatus(waiting)).isEqualTo("CANCELLED");
		assertThat(consents(parent)).endsWith("OPT_OUT:STOP", "TIPS_ENDED:STOP");
		assertThat(shown(parent, "TIPS_ENDED")).startsWith("You're unsubscribed from Nurture");
		assertThat(optedOut(parent)).isTrue();
	}

	@Test
	void signingUpAgainAfterStopTipsKeepsOneRow() throws Exception {
		String parent = newParent();
		for (String message : List.of("tips", "due in october", "9am", "02139", "2", "yes")) {
			text(parent, message);
		}
		assertThat(subscriptions(parent).get(0)).containsEntry("due_date", LocalDate.parse("2026-10-15"))
			.containsEntry("time_zone", "America/New_York")
			.containsEntry("cadence", "THREE_A_WEEK");
		assertThat(text(parent, "stop tips")).startsWith("Your daily tips are stopped");
		assertThat(subscriptions(parent).get(0)).containsEntry("status", "ENDED");
		assertThat(optedOut(parent)).as("stop tips is not STOP").isFalse();

		for (String message : List.of("tips", "born june 14", "noon", "60614", "1", "yes")) {
			text(parent, message);
		}
		List<Map<String, Object>> rows = subscriptions(parent);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("status", "ACTIVE")
			.containsEntry("birth_date", LocalDate.parse("2026-06-14"))
			.containsEntry("time_zone", "America/Chicago")
			.containsEntry("cadence", "DAILY");
		assertThat(rows.get(0).get("end_reason")).isNull();
	}

	@Test
	void pauseTimeAndCadenceReachTheTable() throws Exception {
		String parent = newParent();
		for (String message : List.of("consejos diarios", "tiene 2 meses", "a las 9", "90210", "1", "sí")) {
			text(parent, message);
		}
		text(parent, "pausa 3 días");
		assertThat(subscriptions(parent).get(0)).containsEntry("paused_until", LocalDate.parse("2026-06-18"))
			.containsEntry("language", "es");
		text(parent, "hora 7pm");
		text(parent, "menos");
		Map<String, Object> row = subscriptions(parent).get(0);
		assertThat(row).containsEntry("send_time", LocalTime.of(19, 0)).containsEntry("cadence", "THREE_A_WEEK");
		assertThat(((OffsetDateTime) row.get("next_due_at")).toInstant()).as("Friday June 19, 7pm in Los Angeles")
			.isEqualTo(Instant.parse("2026-06-20T02:00:00Z"));
	}

	@Test
	void tipsTheSchedulerEndedStayEnded() throws Exception {
		String parent = newParent();
		for (String message : List.of("tips", "born may 1", "noon", "60614", "1", "yes")) {
			text(parent, message);
		}
		database
			.sql("UPDATE subscription SET status = 'ENDED', end_reason = 'UNREACHABLE', next_due_at = NULL"
					+ " WHERE id = :id")
			.bind("id", subscriptions(parent).get(0).get("id"))
			.fetch()
			.rowsUpdated()
			.block();

		assertThat(text(parent, "pause")).isEqualTo("You're not getting daily tips right now. Reply TIPS to sign up.");
		assertThat(text(parent, "tips")).contains("When was your baby born?");
		assertThat(subscriptions(parent).get(0)).containsEntry("status", "ENDED")
			.containsEntry("end_reason", "UNREACHABLE");
	}

	private String newParent() {
		return "+1555" + String.format("%07d", 9_000_000 + PARENTS.incrementAndGet());
	}

	/** The parent's texts' answer, its messages joined. */
	private String text(String parent, String body) throws Exception {
		return String.join("\n", TwimlTests.messages(send(TwilioRequests.newSid(), parent, body)));
	}

	private String send(String sid, String from, String body) {
		now = now.plusSeconds(60);
		clock.set(now);
		Map<String, String> parameters = TwilioRequests.sms(sid, from, body);
		return client.post()
			.uri(TwilioWebhook.PATH)
			.header(TwilioSignature.HEADER, TwilioRequests.sign(parameters))
			.body(BodyInserters.fromFormData(TwilioRequests.form(parameters)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private List<Map<String, Object>> subscriptions(String address) {
		return database
			.sql("SELECT s.id, s.status, s.birth_date, s.due_date, s.time_zone, s.send_time, s.cadence, s.language,"
					+ " s.paused_until, s.end_reason, s.next_due_at FROM subscription s"
					+ " JOIN contact c ON c.id = s.contact_id WHERE c.address = :address")
			.bind("address", address)
			.map(TipsSignUpContract::subscription)
			.all()
			.collectList()
			.block();
	}

	private static Map<String, Object> subscription(Readable row) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", row.get("id", UUID.class));
		values.put("status", row.get("status", String.class));
		values.put("birth_date", row.get("birth_date", LocalDate.class));
		values.put("due_date", row.get("due_date", LocalDate.class));
		values.put("time_zone", row.get("time_zone", String.class));
		values.put("send_time", row.get("send_time", LocalTime.class));
		values.put("cadence", row.get("cadence", String.class));
		values.put("language", row.get("language", String.class));
		values.put("paused_until", row.get("paused_until", LocalDate.class));
		values.put("end_reason", row.get("end_reason", String.class));
		values.put("next_due_at", row.get("next_due_at", OffsetDateTime.class));
		return values;
	}

	/**
	 * A tip planned for the subscription and not yet sent, as the scheduler leaves one.
	 */
	private UUID waitingTip(Map<String, Object> subscription) {
		UUID id = UUID.randomUUID();
		OffsetDateTime due = ((OffsetDateTime) subscription.get("next_due_at")).withOffsetSameInstant(ZoneOffset.UTC);
		database
			.sql("INSERT INTO tip_delivery (id, subscription_id, local_date, due_at, status, updated_at)"
					+ " VALUES (:id, :subscription, :date, :due, 'PENDING', :now)")
			.bind("id", id)
			.bind("subscription", subscription.get("id"))
			.bind("date", LocalDate.parse("2026-06-16"))
			.bind("due", due)
			.bind("now", now.atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.block();
		return id;
	}

	private String deliveryStatus(UUID id) {
		return database.sql("SELECT status FROM tip_delivery WHERE id = :id")
			.bind("id", id)
			.map(row -> row.get("status", String.class))
			.one()
			.block();
	}

	/**
	 * The contact's consent events as {@code CONSENT:keyword}, in time order (those of
	 * one message by name).
	 */
	private List<String> consents(String address) {
		return database
			.sql("SELECT e.consent, e.keyword FROM consent_event e JOIN contact c ON c.id = e.contact_id"
					+ " WHERE c.address = :address ORDER BY e.occurred_at, e.consent, e.keyword")
			.bind("address", address)
			.map(row -> row.get("consent", String.class) + ":" + row.get("keyword", String.class))
			.all()
			.collectList()
			.block();
	}

	private String shown(String address, String consent) {
		return shown(address, consent, null);
	}

	private String shown(String address, String consent, String keyword) {
		return database
			.sql("SELECT e.shown FROM consent_event e JOIN contact c ON c.id = e.contact_id"
					+ " WHERE c.address = :address AND e.consent = :consent"
					+ (keyword == null ? "" : " AND e.keyword = :keyword"))
			.bind("address", address)
			.bind("consent", consent)
			.bindValues(keyword == null ? Map.of() : Map.of("keyword", keyword))
			.map(row -> row.get("shown", String.class))
			.one()
			.block();
	}

	private boolean optedOut(String address) {
		return Boolean.TRUE.equals(database.sql("SELECT opted_out FROM contact WHERE address = :address")
			.bind("address", address)
			.map(row -> row.get("opted_out", Boolean.class))
			.one()
			.block());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock(START);
		}

	}

}
