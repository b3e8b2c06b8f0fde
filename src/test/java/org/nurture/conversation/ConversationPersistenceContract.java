package org.nurture.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.contact.Contact;
import org.nurture.contact.Contacts;
import org.nurture.conversation.engine.ConversationEngine;
import org.nurture.educator.ReferralLog;
import org.nurture.subscription.Subscriptions;
import org.nurture.system.GroupCommit;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service keeps in its database, run against each database it supports (the
 * embedded H2 and PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ConversationPersistenceContract {

	@Autowired
	ConversationService conversations;

	@Autowired
	Contacts contacts;

	@Autowired
	DatabaseClient database;

	@Autowired
	ConversationEngine engine;

	@Autowired
	JsonMapper json;

	@Autowired
	GroupCommit writes;

	@Autowired
	ReferralLog referrals;

	@Autowired
	Subscriptions subscriptions;

	final Instant now = Instant.parse("2026-06-15T19:00:00Z");

	@Test
	void aContactIsCreatedOnceEvenWhenTwoMessagesRace() {
		String address = newAddress();
		List<Contact> both = Mono
			.zip(contacts.findOrCreate(Channel.SMS, address, now).subscribeOn(Schedulers.parallel()),
					contacts.findOrCreate(Channel.SMS, address, now).subscribeOn(Schedulers.parallel()),
					(first, second) -> List.of(first, second))
			.block();
		assertThat(both.get(0).id()).isEqualTo(both.get(1).id());
		assertThat(count("SELECT COUNT(*) AS n FROM contact WHERE address = '" + address + "'")).isEqualTo(1);
	}

	@Test
	void stopIsRecordedAsAConsentEventAndTheContactIsOptedOut() {
		String address = newAddress();
		handle(address, "STOP");
		Contact contact = contacts.find(Channel.WEB, address).block();
		assertThat(contact.optedOut()).isTrue();
		assertThat(count("SELECT COUNT(*) AS n FROM consent_event WHERE contact_id = '" + contact.id()
				+ "' AND consent = '" + Consent.OPT_OUT + "' AND keyword = 'STOP'"))
			.isEqualTo(1);
		handle(address, "START");
		assertThat(contacts.find(Channel.WEB, address).block().optedOut()).isFalse();
	}

	@Test
	void theConversationContinuesFromTheDatabaseAfterARestart() {
		String address = newAddress();
		handle(address, "hi");
		List<Reply> askAge = handle(address, "How to start");
		assertThat(askAge.get(askAge.size() - 1).text()).containsIgnoringCase("how old");
		ConversationService restarted = restartedService();
		List<Reply> next = restarted
			.handle(new InboundMessage(Channel.WEB, address, "5 months", now.plusSeconds(60), null))
			.block();
		assertThat(next.get(next.size() - 1).text()).containsIgnoringCase("calm");
	}

	@Test
	void twoMessagesAtOnceFromOneContactAreBothKept() {
		String address = newAddress();
		handle(address, "hi");
		Mono.zip(conversations.handle(message(address, "what oil should I use")).subscribeOn(Schedulers.parallel()),
				conversations.handle(message(address, "how long should a massage last"))
					.subscribeOn(Schedulers.parallel()))
			.block();
		UUID contact = contacts.find(Channel.WEB, address).block().id();
		assertThat(count("SELECT version AS n FROM conversation_session WHERE contact_id = '" + contact + "'"))
			.isEqualTo(3);
	}

	@Test
	void aQuestionItCannotAnswerIsKeptForTheTeamWithItsLanguage() {
		String address = newAddress();
		handle(address, "can you order me a pizza with extra cheese please");
		assertThat(count("SELECT COUNT(*) AS n FROM unanswered_question WHERE question ="
				+ " 'can you order me a pizza with extra cheese please' AND language = 'en'"))
			.isEqualTo(1);
	}

	@Test
	void theLanguageIsRememberedOnTheContact() {
		String address = newAddress();
		handle(address, "hola, mi bebe tiene 2 meses");
		assertThat(contacts.find(Channel.WEB, address).block().language()).isEqualTo("es");
	}

	@Test
	void aReferralIsRecordedWithTheZipPrefixAndTheEducatorsShownButNoContactOrPlace() {
		String address = newAddress();
		handle(address, "is there an infant massage class near me?");
		List<Reply> shown = handle(address, "02139");
		assertThat(shown.get(0).text()).contains("Alex Example");
		assertThat(count("SELECT COUNT(*) AS n FROM educator_referral WHERE area = '021' AND channel = 'WEB'"
				+ " AND educator_ids LIKE 'sample-ma-01_sample-ma-02' AND sample = TRUE AND nearby = TRUE AND language = 'en'"))
			.isEqualTo(1);
	}

	@Test
	void aReferralByCityIsRecordedWithTheStateOnly() {
		String address = newAddress();
		handle(address, "busco clases de masaje cerca de Miami");
		assertThat(count("SELECT COUNT(*) AS n FROM educator_referral WHERE area = 'FL' AND language = 'es'"
				+ " AND educator_ids LIKE 'sample-fl-01_%'"))
			.isEqualTo(1);
	}

	@Test
	void moreEducatorsWorksAfterARestartFromTheSavedSession() {
		String address = newAddress();
		handle(address, "find a class");
		List<Reply> first = handle(address, "Los Angeles");
		assertThat(first.get(0).choices()).containsExactly("More educators");
		List<Reply> more = restartedService()
			.handle(new InboundMessage(Channel.WEB, address, "more", now.plusSeconds(60), null))
			.block();
		assertThat(more.get(0).text()).startsWith("More educators:\n4. ");
	}

	@Test
	void aMessageAnsweredOnceIsAnsweredTheSameWhenRedeliveredEvenAfterARestart() {
		String address = newAddress();
		InboundMessage stop = new InboundMessage(Channel.SMS, address, "STOP", now, "SM-stop");
		String answer = conversations.answerOnce(stop, handled -> handled.keyword() + ":" + handled.replies().size())
			.block();
		assertThat(answer).isEqualTo("STOP:1");
		UUID contact = contacts.find(Channel.SMS, address).block().id();
		long version = count("SELECT version AS n FROM conversation_session WHERE contact_id = '" + contact + "'");

		assertThat(conversations.answerOnce(stop, handled -> "rendered again").block()).isEqualTo(answer);
		assertThat(restartedService().answerOnce(stop, handled -> "rendered again").block()).isEqualTo(answer);
		assertThat(count("SELECT version AS n FROM conversation_session WHERE contact_id = '" + contact + "'"))
			.as("nothing saved again")
			.isEqualTo(version);
		assertThat(count("SELECT COUNT(*) AS n FROM consent_event WHERE contact_id = '" + contact + "'"))
			.as("no second effect")
			.isEqualTo(1);
	}

	@Test
	void aRedeliveredEarlierMessageChangesNothingAndGetsNoAnswer() {
		String address = newAddress();
		InboundMessage hi = new InboundMessage(Channel.SMS, address, "hi", now, "SM-hi");
		conversations.answerOnce(hi, handled -> "welcome").block();
		conversations.answerOnce(new InboundMessage(Channel.SMS, address, "STOP", now, "SM-stop"), handled -> "bye")
			.block();
		assertThat(restartedService().answerOnce(hi, handled -> "welcome again").blockOptional()).isEmpty();
		assertThat(contacts.find(Channel.SMS, address).block().optedOut()).as("still opted out").isTrue();
	}

	@Test
	void messagesWithoutAnIdLeaveTheIdsOfThoseWithOne() {
		String address = newAddress();
		InboundMessage hi = new InboundMessage(Channel.SMS, address, "hi", now, "SM-hi");
		conversations.answerOnce(hi, handled -> "welcome").block();
		conversations.handle(new InboundMessage(Channel.SMS, address, "menu", now, null)).block();
		assertThat(restartedService().answerOnce(hi, handled -> "welcome again").block()).isEqualTo("welcome");
	}

	/**
	 * A second service on the same database, with an empty cache: what a restart or
	 * another instance sees.
	 */
	private ConversationService restartedService() {
		return new ConversationService(engine, contacts, new SessionStore(database, new SessionCodec(json), 10),
				new UnansweredQuestions(database), referrals, subscriptions, writes, new SimpleMeterRegistry());
	}

	private List<Reply> handle(String address, String text) {
		return conversations.handle(message(address, text)).block();
	}

	private InboundMessage message(String address, String text) {
		return new InboundMessage(Channel.WEB, address, text, now, null);
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
	}

	private static String newAddress() {
		return "test-" + UUID.randomUUID();
	}

}
