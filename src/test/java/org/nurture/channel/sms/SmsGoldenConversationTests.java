package org.nurture.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import org.nurture.contact.Channel;
import org.nurture.conversation.golden.GoldenConversation;
import org.nurture.conversation.golden.GoldenConversations;
import org.nurture.conversation.golden.GoldenTurn;
import org.nurture.testing.SettableClock;

/**
 * The golden conversations of {@code conversations/tests/}, texted through the Twilio
 * webhook: every expected answer must read the same by SMS (punctuation made GSM-safe,
 * choices as a numbered list, long replies split), every message must fit 3 segments, and
 * where Twilio answers a STOP itself Nurture must say nothing.
 */
@SpringBootTest(properties = { "nurture.twilio.auth-token=" + TwilioRequests.AUTH_TOKEN,
		"nurture.twilio.public-base-url=" + TwilioRequests.PUBLIC_BASE_URL,
		"spring.r2dbc.url=r2dbc:h2:mem:///sms-golden-tests;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:sms-golden-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureWebTestClient
class SmsGoldenConversationTests {

	/**
	 * The golden runner's afternoon: each turn is a minute after the one before unless it
	 * says otherwise.
	 */
	static final Instant START = Instant.parse("2026-06-15T19:00:00Z");

	static final AtomicInteger PARENTS = new AtomicInteger();

	@Autowired
	WebTestClient client;

	@Autowired
	SettableClock clock;

	@TestFactory
	Stream<DynamicTest> everyGoldenConversationReadsTheSameBySms() {
		List<GoldenConversation> conversations = GoldenConversations.load(Path.of("conversations", "tests"));
		assertThat(conversations).isNotEmpty();
		return conversations.stream()
			.filter(conversation -> conversation.runsOn(Channel.SMS))
			.map(conversation -> DynamicTest.dynamicTest(conversation.file() + ": " + conversation.name(),
					() -> run(conversation)));
	}

	private void run(GoldenConversation conversation) throws Exception {
		String parent = "+1555" + String.format("%07d", PARENTS.incrementAndGet());
		// A conversation's starting language (one the engine has not yet learned, so it
		// still detects the parent's) cannot be given through a webhook: a new SMS
		// contact starts in the content's default language.
		Instant now = START;
		StringBuilder transcript = new StringBuilder();
		for (GoldenTurn turn : conversation.turns()) {
			now = now.plus(Duration.ofMinutes(1 + turn.afterMinutes()));
			clock.set(now);
			String twiml = text(parent, turn.user());
			List<String> messages = TwimlTests.messages(twiml);
			String said = String.join("\n", messages);
			transcript.append("parent: ")
				.append(turn.user())
				.append("\n  sms: ")
				.append(said.isEmpty() ? "(no reply)" : said.replace("\n", "\n       "))
				.append('\n');
			String where = conversation.file() + ":" + turn.line() + " after \"" + turn.user() + "\"\n\n" + transcript;
			assertThat(messages).as(where + "\nevery message within 3 segments")
				.allSatisfy(message -> assertThat(SmsText.segments(message)).isLessThanOrEqualTo(Twiml.MAX_SEGMENTS));
			if (answeredByTwilio(turn.user())) {
				assertThat(twiml).as(where + "\nTwilio answers this STOP itself").isEqualTo(Twiml.EMPTY);
				continue;
			}
			String searchable = oneLine(said).toLowerCase(Locale.ROOT);
			for (String expected : turn.botContains()) {
				assertThat(searchable).as(where + "\nexpected the SMS to contain")
					.contains(oneLine(SmsText.normalize(expected)).toLowerCase(Locale.ROOT));
			}
			for (String unexpected : turn.botNotContains()) {
				assertThat(searchable).as(where + "\nexpected the SMS not to contain")
					.doesNotContain(oneLine(SmsText.normalize(unexpected)).toLowerCase(Locale.ROOT));
			}
			if (turn.botExact() != null) {
				if (turn.botExact().isBlank()) {
					assertThat(twiml).as(where + "\nexpected no answer").isEqualTo(Twiml.EMPTY);
				}
				else {
					assertThat(oneLine(said)).as(where + "\nexpected the SMS to say")
						.startsWith(oneLine(SmsText.normalize(turn.botExact())));
				}
			}
			if (turn.choices() != null) {
				for (int i = 0; i < turn.choices().size(); i++) {
					assertThat(said).as(where + "\nexpected the numbered choice")
						.contains("\n" + (i + 1) + ". " + SmsText.normalize(turn.choices().get(i)));
				}
			}
		}
	}

	/**
	 * Twilio's own opt-out keywords, which it answers on SMS (the whole message, any
	 * case, end punctuation).
	 */
	private static boolean answeredByTwilio(String user) {
		String word = user.strip().replaceAll("[.!?\\s]+$", "").toUpperCase(Locale.ROOT);
		return SmsInbox.TWILIO_OPT_OUT_KEYWORDS.contains(word);
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private String text(String from, String body) {
		Map<String, String> parameters = TwilioRequests.sms(TwilioRequests.newSid(), from, body);
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

	@TestConfiguration(proxyBeanMethods = false)
	static class GoldenClock {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock(START);
		}

	}

}
