package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.nurture.contact.Channel;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Location;
import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.engine.ConversationEngine;
import org.nurture.conversation.engine.Decision;
import org.nurture.conversation.engine.Effect;
import org.nurture.conversation.engine.EngineSettings;
import org.nurture.conversation.engine.Session;
import org.nurture.conversation.understanding.Understanding;

/**
 * The find-educator flow through the engine with the real content and the sample
 * directory, on every channel.
 */
class FindEducatorConversationTests {

	static ConversationEngine engine;

	final Instant now = Instant.parse("2026-06-15T19:00:00Z");

	@BeforeAll
	static void load() {
		Content content = new ContentLoader().load(Path.of("conversations"));
		engine = new ConversationEngine(content, Understanding.of(content),
				new EngineSettings(Duration.ofMinutes(60), ZoneId.of("America/Chicago")),
				new EducatorDirectory(Path.of("config/educators.csv"), Gazetteer.shared(), 50, Clock.systemUTC()));
	}

	@Test
	void aZipAnswerShowsTheNearestEducatorsInTheSameTurnAndAsksToRecordTheReferral() {
		Session session = say(Channel.WEB, Session.start(Language.EN), "is there a class near me").session();
		Decision decision = say(Channel.WEB, session, "my zip is 02139-4307");
		Reply reply = decision.replies().get(0);
		assertThat(reply.text())
			.startsWith("Certified educators (CEIM) near 02139:\n1. Alex Example, CEIM - Cambridge, MA")
			.contains("617-555-0101 | alex@example.org | https://example.org/alex")
			.contains("Sample data");
		assertThat(decision.effects()).containsExactly(
				new Effect.ReferralMade("021", List.of("sample-ma-01", "sample-ma-02"), true, true, Language.EN));
		assertThat(decision.session().inStep()).isFalse();
	}

	@Test
	void smsGetsOneShortLinePerEducatorAndMoreByItsNumber() {
		Session session = say(Channel.SMS, Session.start(Language.EN), "find a class").session();
		Decision first = say(Channel.SMS, session, "Los Angeles");
		assertThat(first.replies().get(0).choices()).containsExactly("More educators");
		assertThat(say(Channel.SMS, first.session(), "1").replies().get(0).text()).startsWith("More educators:\n4. ");
	}

	@Test
	void smsGetsOneShortLinePerEducator() {
		Session session = say(Channel.SMS, Session.start(Language.EN), "find a class").session();
		Decision decision = say(Channel.SMS, session, "Austin, TX");
		Reply reply = decision.replies().get(0);
		assertThat(reply.text()).startsWith("Certified educators (CEIM) near Austin, TX:\n1. ")
			.contains("Taylor Placeholder, Austin")
			.doesNotContain("@example.org");
		assertThat(reply.text().length()).isLessThanOrEqualTo(459);
		assertThat(reply.choices()).isEmpty();
	}

	@Test
	void spanishSpeakersSeeSpanishSpeakingEducatorsFirst() {
		Session session = say(Channel.TELEGRAM, Session.start(Language.ES), "busco una clase").session();
		Reply reply = say(Channel.TELEGRAM, session, "78701").replies().get(0);
		assertThat(reply.text()).startsWith("Educadores certificados (CEIM) cerca de 78701:\n1. Carmen Ficticia")
			.contains("Idiomas: español, inglés")
			.contains("Datos de ejemplo");
	}

	@ParameterizedTest(name = "\"{0}\"")
	@CsvSource(delimiter = '|',
			value = { "classes in Denver?|Denver, CO|Jamie Demo", "hay clases cerca de Miami|Miami, FL|Isabel Ficticia",
					"i live in 90026, any classes near me|90026|Sam Example" })
	void aQuestionThatNamesThePlaceIsAnsweredAtOnce(String question, String place, String first) {
		Decision decision = say(Channel.WEB, engine.newSession(), question);
		assertThat(decision.replies()).hasSize(1);
		assertThat(decision.replies().get(0).text()).contains(place + ":\n1. " + first);
	}

	@Test
	void moreShowsTheNextEducatorsForTheSamePlace() {
		Session session = say(Channel.WEB, Session.start(Language.EN), "find a class").session();
		Decision first = say(Channel.WEB, session, "Los Angeles");
		assertThat(first.replies().get(0).choices()).containsExactly("More educators");
		Decision more = say(Channel.WEB, first.session(), "More educators");
		assertThat(more.replies().get(0).text()).startsWith("More educators:\n4. ");
		assertThat(more.effects()).singleElement().isInstanceOf(Effect.ReferralMade.class);
	}

	@Test
	void farFromEveryoneGetsTheNearestOnlineEducatorsAndTheOrganizationsDirectory() {
		Session session = say(Channel.WEB, Session.start(Language.EN), "find a class").session();
		Decision decision = say(Channel.WEB, session, "Billings, MT");
		String text = decision.replies().get(0).text();
		assertThat(text).startsWith("No educator within 50 miles of Billings, MT in our list. These teach online:")
			.contains("More at infantmassageusa.org.");
		Effect.ReferralMade referral = (Effect.ReferralMade) decision.effects().get(0);
		assertThat(referral.nearby()).isFalse();
		assertThat(referral.area()).isEqualTo("MT");
	}

	@Test
	void anUnknownZipGetsAFriendlyCorrectionAndTheQuestionAgain() {
		Session session = say(Channel.WEB, Session.start(Language.EN), "find a class").session();
		Decision decision = say(Channel.WEB, session, "00000");
		assertThat(decision.replies()).extracting(Reply::text)
			.containsExactly(
					"I can't find ZIP code 00000. Please check it, or send your city and state, like Austin, TX.",
					"I can help you find a certified infant massage educator (CEIM) near you. What's your ZIP code? A city works too, like Austin, TX.");
		assertThat(decision.session().inStep()).isTrue();
	}

	@Test
	void aSharedLocationAnswersThePlaceQuestion() {
		Session session = say(Channel.TELEGRAM, Session.start(Language.EN), "find a class").session();
		Decision decision = engine.decide(session,
				new InboundMessage(Channel.TELEGRAM, "test", "", now, null, new Location(30.2700, -97.7400)));
		assertThat(decision.replies().get(0).text()).startsWith("Certified educators (CEIM) near Austin, TX:\n1. ");
		assertThat(decision.effects()).singleElement()
			.isEqualTo(
					new Effect.ReferralMade("787", List.of("sample-tx-01", "sample-tx-02"), true, true, Language.EN));
	}

	@Test
	void aLocationSharedOutOfTheBlueFindsEducatorsToo() {
		Decision decision = engine.decide(Session.start(Language.ES),
				new InboundMessage(Channel.TELEGRAM, "test", "", now, null, new Location(25.7617, -80.1918)));
		assertThat(decision.replies().get(0).text()).startsWith("Educadores certificados (CEIM) cerca de Miami, FL:");
	}

	@Test
	void aLocationOutsideTheUsGetsTheQuestionAgain() {
		Decision decision = engine.decide(Session.start(Language.EN),
				new InboundMessage(Channel.TELEGRAM, "test", "", now, null, new Location(19.4326, -99.1332)));
		assertThat(decision.replies().get(0).text()).startsWith("I couldn't find that place.");
		assertThat(decision.session().inStep()).isTrue();
	}

	@Test
	void somethingThatIsNotAPlaceIsAskedAgain() {
		Session session = say(Channel.WEB, Session.start(Language.EN), "find a class").session();
		Decision decision = say(Channel.WEB, session, "0213");
		assertThat(decision.replies().get(0).text()).startsWith("I couldn't find that place.");
		assertThat(decision.effects()).isEmpty();
	}

	private Decision say(Channel channel, Session session, String text) {
		return engine.decide(session, new InboundMessage(channel, "test", text, now, null));
	}

}
