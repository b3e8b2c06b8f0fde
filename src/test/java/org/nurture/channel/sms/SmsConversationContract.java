package org.nurture.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import org.junit.jupiter.api.Test;
import org.nurture.channel.ProcessedMessages;
import org.nurture.contact.Channel;
import org.nurture.contact.Contacts;
import org.nurture.contact.Reachability;
import org.nurture.conversation.ConversationService;
import reactor.core.publisher.Flux;

/**
 * SMS conversations through the real server on a random port and the real content, signed
 * as Twilio signs them for the public URL (as behind a tunnel: the service is called on
 * localhost), run against each database the service supports, since redeliveries are
 * guarded there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nurture.twilio.auth-token=" + TwilioRequests.AUTH_TOKEN,
				"nurture.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE_URL })
@AutoConfigureWebTestClient
abstract class SmsConversationContract {

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	@Autowired
	Contacts contacts;

	@Autowired
	ConversationService conversations;

	@LocalServerPort
	int port;

	@Test
	void aParentTextsSwitchesTopicMidFlowAsksForHelpStopsAndComesBack() throws Exception {
		String parent = "+16175550111";
		List<String> welcome = text(parent, "hi");
		assertThat(String.join("\n", welcome)).contains("Nurture", "\n1. Benefits", "\n2. How to start");

		assertThat(String.join(" ", text(parent, "2"))).containsIgnoringCase("how old is your baby");

		String oilSid = TwilioRequests.newSid();
		String oil = send(oilSid, parent, "wat oil shud i use");
		assertThat(oil).containsIgnoringCase("sunflower");
		assertThat(send(oilSid, parent, "wat oil shud i use")).as("a redelivered question").isEqualTo(oil);
		assertThat(String.join(" ", text(parent, "back"))).containsIgnoringCase("how old");

		List<String> help = text(parent, "help");
		assertThat(String.join(" ", help)).contains("Nurture", "STOP", "Msg & data rates may apply");

		String stopSid = TwilioRequests.newSid();
		assertThat(send(stopSid, parent, "Stop")).isEqualTo(Twiml.EMPTY);
		assertThat(consents(parent)).containsExactlyInAnyOrder("HELP:HELP", "OPT_OUT:STOP");
		assertThat(optedOut(parent)).isTrue();
		assertThat(contacts.reachability(Channel.SMS, parent).block()).isEqualTo(Reachability.OPTED_OUT);

		assertThat(send(stopSid, parent, "Stop")).as("a redelivered STOP").isEqualTo(Twiml.EMPTY);
		assertThat(send(oilSid, parent, "wat oil shud i use")).as("a redelivered earlier question: no second answer")
			.isEqualTo(Twiml.EMPTY);
		assertThat(consents(parent)).as("no second effect").hasSize(2);

		assertThat(text(parent, "what oil should i use")).as("nothing after STOP").isEmpty();

		assertThat(String.join(" ", text(parent, "START"))).contains("Welcome back");
		assertThat(consents(parent)).containsExactlyInAnyOrder("HELP:HELP", "OPT_OUT:STOP", "OPT_IN:START");
		assertThat(optedOut(parent)).isFalse();
		assertThat(contacts.reachability(Channel.SMS, parent).block()).isEqualTo(Reachability.REACHABLE);
	}

	@Test
	void handledIdsAndTheirAnswersAreForgottenAfterTheRetention() throws Exception {
		String parent = "+16175550211";
		send(TwilioRequests.newSid(), parent, "hi");
		String before = TwilioRequests.newSid();
		new ProcessedMessages(database).record("TWILIO", before, Instant.now()).block();
		assertThat(savedWithSession(parent)).as("id and answer").doesNotContainNull();

		ProcessedMessagesPruner pruner = new ProcessedMessagesPruner(new ProcessedMessages(database), conversations,
				Duration.ofHours(48), Clock.offset(Clock.systemUTC(), Duration.ofHours(49)));
		assertThat(pruner.prune().block()).isGreaterThanOrEqualTo(2);
		assertThat(database.sql("SELECT COUNT(*) AS n FROM processed_message WHERE message_id = :sid")
			.bind("sid", before)
			.map(row -> row.get("n", Long.class))
			.one()
			.block()).as("an id handled before migration 6").isZero();
		assertThat(savedWithSession(parent)).containsOnlyNulls();
		assertThat(text(parent, "menu")).as("the conversation goes on").isNotEmpty();
	}

	@Test
	void aMessageIsRecognisedAmongTheContactsLatestAndAnsweredAgainOnlyIfNewest() throws Exception {
		String parent = "+16175550212";
		String first = TwilioRequests.newSid();
		send(first, parent, "hi");
		for (int i = 1; i < ConversationService.MESSAGE_IDS_KEPT; i++) {
			send(TwilioRequests.newSid(), parent, "menu");
		}
		int version = sessionVersion(parent);
		assertThat(send(first, parent, "hi")).as("still among the latest").isEqualTo(Twiml.EMPTY);
		assertThat(sessionVersion(parent)).as("nothing changed").isEqualTo(version);
		send(TwilioRequests.newSid(), parent, "menu");
		assertThat(TwimlTests.messages(send(first, parent, "hi"))).as("out of the latest: handled as new").isNotEmpty();
	}

	@Test
	void anAddressTheProviderCannotDeliverToIsNotReachable() throws Exception {
		String parent = "+16175550188";
		text(parent, "hi");
		assertThat(contacts.markUndeliverable(Channel.SMS, parent, Instant.now()).block()).isTrue();
		assertThat(contacts.reachability(Channel.SMS, parent).block()).isEqualTo(Reachability.UNDELIVERABLE);
		assertThat(contacts.reachability(Channel.SMS, "+16175550199").block()).isEqualTo(Reachability.REACHABLE);
	}

	@Test
	void yesOptsBackInOnlyAfterAStop() throws Exception {
		String parent = "+16175550166";
		text(parent, "hi");
		assertThat(consents(parent)).isEmpty();
		text(parent, "STOP");
		assertThat(String.join(" ", text(parent, "Yes"))).contains("Welcome back");
		assertThat(consents(parent)).containsExactlyInAnyOrder("OPT_OUT:STOP", "OPT_IN:YES");
		assertThat(optedOut(parent)).isFalse();
	}

	@Test
	void twoDeliveriesOfTheSameMessageAtOnceAreHandledOnce() throws Exception {
		String parent = "+16175550177";
		text(parent, "hi");
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), parent, "HELP");
		WebClient web = WebClient.create("http://localhost:" + port);
		List<String> answers = Flux.range(0, 4)
			.flatMap(i -> web.post()
				.uri(TwilioWebhook.PATH)
				.header(TwilioSignature.HEADER, TwilioRequests.sign(parameters))
				.body(BodyInserters.fromFormData(TwilioRequests.form(parameters)))
				.retrieve()
				.bodyToMono(String.class))
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(answers).hasSize(4).containsOnly(answers.get(0));
		assertThat(TwimlTests.messages(answers.get(0))).singleElement().asString().contains("Msg & data rates");
		assertThat(consents(parent)).containsExactly("HELP:HELP");
	}

	@Test
	void fiftyTextsFromOneNumberAtOnceAreEachAnsweredFromTheConversationInTurn() {
		String parent = "+16175550344";
		List<String> answers = SmsBurst.send(List.of("http://localhost:" + port), parent, "hi", 50);
		assertThat(answers).hasSize(50).allSatisfy(SmsConversationContract::answeredFromTheConversation);
		assertThat(sessionVersion(parent)).as("one write per message, each over the one before").isEqualTo(50);
	}

	/** An answer the conversation gave: not empty, and not the apology for a failure. */
	static void answeredFromTheConversation(String twiml) throws Exception {
		assertThat(TwimlTests.messages(twiml)).as(twiml)
			.isNotEmpty()
			.noneMatch(message -> message.contains("could not answer"));
	}

	@Test
	void aPictureWithoutTextGetsAFriendlyAnswer() throws Exception {
		String parent = "+16175550122";
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), parent, "");
		parameters.put("NumMedia", "1");
		parameters.put("MediaContentType0", "image/jpeg");
		assertThat(String.join(" ", TwimlTests.messages(post(parameters)))).contains("only read text");
	}

	@Test
	void aSpanishStopWordOptsOutAndIsConfirmedSinceTwilioDoesNotAnswerIt() throws Exception {
		String parent = "+16175550133";
		text(parent, "hola");
		assertThat(String.join(" ", text(parent, "PARAR"))).contains("START");
		assertThat(consents(parent)).containsExactly("OPT_OUT:PARAR");
		assertThat(optedOut(parent)).isTrue();
	}

	@Test
	void whatsAppIsAContactOfItsOwnWhoseStopIsConfirmed() throws Exception {
		String number = "+16175550144";
		text(number, "hi");
		List<String> stop = TwimlTests.messages(send(TwilioRequests.newSid(), "whatsapp:" + number, "STOP"));
		assertThat(String.join(" ", stop)).contains("START");
		assertThat(database.sql("SELECT channel FROM contact WHERE address = :address ORDER BY channel")
			.bind("address", number)
			.map(row -> row.get("channel", String.class))
			.all()
			.collectList()
			.block()).containsExactly("SMS", "WHATSAPP");
		assertThat(optedOut(number)).as("the SMS contact is not opted out").isFalse();
	}

	@Test
	void everyMessageFitsThreeSegments() throws Exception {
		String parent = "+16175550155";
		for (String question : List.of("hi", "1", "what are the benefits of infant massage",
				"when should i not massage my baby", "como empiezo el masaje")) {
			assertThat(text(parent, question)).allSatisfy(message -> assertThat(SmsText.segments(message)).as(message)
				.isLessThanOrEqualTo(Twiml.MAX_SEGMENTS));
		}
	}

	private List<String> text(String from, String body) throws Exception {
		return TwimlTests.messages(send(TwilioRequests.newSid(), from, body));
	}

	private String send(String sid, String from, String body) {
		return post(TwilioRequests.sms(sid, from, body));
	}

	private String post(Map<String, String> parameters) {
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

	private List<String> consents(String address) {
		return database
			.sql("SELECT e.consent, e.keyword FROM consent_event e JOIN contact c ON c.id = e.contact_id"
					+ " WHERE c.channel = 'SMS' AND c.address = :address ORDER BY e.occurred_at")
			.bind("address", address)
			.map(row -> row.get("consent", String.class) + ":" + row.get("keyword", String.class))
			.all()
			.collectList()
			.block();
	}

	private boolean optedOut(String address) {
		return Boolean.TRUE.equals(database.sql("SELECT opted_out FROM contact WHERE channel = 'SMS' AND address = :a")
			.bind("a", address)
			.map(row -> row.get("opted_out", Boolean.class))
			.one()
			.block());
	}

	/** The message ids and the answer saved with the contact's session. */
	private List<String> savedWithSession(String address) {
		return database
			.sql("SELECT s.message_ids, s.answer FROM conversation_session s JOIN contact c"
					+ " ON c.id = s.contact_id WHERE c.channel = 'SMS' AND c.address = :address")
			.bind("address", address)
			.map(row -> Arrays.asList(row.get("message_ids", String.class), row.get("answer", String.class)))
			.one()
			.block();
	}

	private int sessionVersion(String address) {
		return database
			.sql("SELECT s.version FROM conversation_session s JOIN contact c ON c.id = s.contact_id"
					+ " WHERE c.channel = 'SMS' AND c.address = :address")
			.bind("address", address)
			.map(row -> row.get("version", Long.class).intValue())
			.one()
			.block();
	}

}
