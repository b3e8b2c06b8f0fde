package org.nurture.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Location;
import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.subscription.Cadence;
import org.nurture.subscription.Subscription;

/**
 * Daily tips through the engine with the real content: what is recorded at each step of
 * the sign-up, that nothing is subscribed before YES, and how STOP, START, the loss of a
 * baby, a language switch and an idle conversation treat a subscription. The replies
 * themselves are the golden conversations' ({@code conversations/tests/tips.yml}).
 */
class TipsConversationTests {

	static ConversationEngine engine;

	/** Monday June 15, 2026, 2pm in Chicago. */
	Instant now = Instant.parse("2026-06-15T19:00:00Z");

	Channel channel = Channel.SMS;

	Session session;

	Decision last;

	@BeforeAll
	static void loadContent() {
		Content content = new ContentLoader().load(Path.of("conversations"));
		engine = new ConversationEngine(content, Understanding.of(content),
				new EngineSettings(Duration.ofMinutes(60), ZoneId.of("America/Chicago")));
	}

	@Test
	void everyStepShownIsRecordedWordForWordAndOnlyYesSubscribes() {
		say("send me daily tips");
		assertThat(asked()).containsExactly(new Effect.TipsConsent(Consent.TIPS_ASKED, "ask-baby", texts().get(0)));
		say("born march 3");
		say("7am");
		assertThat(texts().get(0)).isEqualTo("We send tips between 8am and 8pm, so I'll send yours at 8:00 AM.");
		assertThat(asked()).extracting(Effect.TipsConsent::keyword).containsExactly("ask-zip");
		say("78701");
		assertThat(asked()).containsExactly(new Effect.TipsConsent(Consent.TIPS_ASKED, "ask-cadence",
				"How often would you like a tip?\n1. Every day\n2. 3 a week (Mon, Wed, Fri)"));
		say("1");
		String confirmation = texts().get(0);
		assertThat(confirmation).contains("Nurture Daily Tips", "1 msg/day", "Msg & data rates may apply",
				"Reply HELP for help, STOP to cancel", "Reply YES to start");
		assertThat(asked()).containsExactly(new Effect.TipsConsent(Consent.TIPS_ASKED, "confirm-daily", confirmation));
		assertThat(session.subscription()).isNull();
		assertThat(last.effects()).noneMatch(Effect.SubscriptionChanged.class::isInstance);

		say("YES");

		Subscription expected = Subscription.born(LocalDate.parse("2026-03-03"), ZoneId.of("America/Chicago"),
				LocalTime.of(8, 0), Cadence.DAILY, "en");
		assertThat(last.effects()).startsWith(new Effect.TipsConsent(Consent.TIPS_YES, "YES", confirmation),
				new Effect.SubscriptionChanged(expected));
		assertThat(last.effects()).noneMatch(Effect.ConsentGiven.class::isInstance);
		assertThat(session.subscription()).isEqualTo(expected);
		assertThat(session.inStep()).isFalse();
	}

	@Test
	void anythingButYesDeclinesAndIsRecorded() {
		signUpTo("3 a week");
		String confirmation = texts().get(0);
		say("maybe later");
		assertThat(last.effects()).contains(new Effect.TipsConsent(Consent.TIPS_NO, "maybe later", confirmation));
		assertThat(last.effects()).noneMatch(Effect.SubscriptionChanged.class::isInstance);
		assertThat(session.subscription()).isNull();
		assertThat(texts())
			.containsExactly("No problem, I haven't signed you up. Reply TIPS anytime if you change your mind.");
	}

	@Test
	void startAnswersTheConfirmationAndIsNoOptIn() {
		signUpTo("1");
		say("START");
		assertThat(last.effects()).noneMatch(Effect.ConsentGiven.class::isInstance);
		assertThat(session.subscription()).isNotNull();
	}

	@Test
	void helpAtTheConfirmationKeepsItWaiting() {
		signUpTo("1");
		say("HELP");
		assertThat(last.effects()).containsExactly(new Effect.ConsentGiven(Consent.HELP, "HELP"));
		say("yes");
		assertThat(session.subscription()).isNotNull();
	}

	@Test
	void stopEndsTipsAtOnceAndStartSaysHowToGetThemAgain() {
		subscribe();
		say("STOP");
		assertThat(last.effects()).containsExactly(new Effect.ConsentGiven(Consent.OPT_OUT, "STOP"),
				new Effect.TipsConsent(Consent.TIPS_ENDED, "STOP", texts().get(0)),
				new Effect.SubscriptionChanged(session.subscription()));
		assertThat(session.subscription().endReason()).isEqualTo(Subscription.EndReason.STOPPED);
		say("START");
		assertThat(texts().get(0)).endsWith("Reply TIPS to get daily tips again.");
	}

	@Test
	void theLossOfABabyEndsTipsEvenWhenACrisisIsAnsweredFirst() {
		subscribe();
		say("I want to kill myself, our baby died");
		assertThat(texts().get(0)).startsWith("Call or text 988 now");
		assertThat(texts()).last().isEqualTo("I've stopped your daily tips; you won't get another.");
		assertThat(session.subscription().endReason()).isEqualTo(Subscription.EndReason.LOSS);
		assertThat(last.effects()).anyMatch(
				effect -> effect instanceof Effect.TipsConsent consent && consent.consent() == Consent.TIPS_ENDED);
	}

	@Test
	void aQuestionAboutLossIsNotALoss() {
		subscribe();
		say("what are the signs of a miscarriage?");
		assertThat(session.subscription().active()).isTrue();
	}

	@Test
	void switchingTheLanguageSwitchesTheTips() {
		subscribe();
		say("español");
		assertThat(session.subscription().language()).isEqualTo("es");
		assertThat(last.effects()).contains(new Effect.SubscriptionChanged(session.subscription()));
	}

	@Test
	void aFreshConversationKeepsTheSubscription() {
		subscribe();
		Subscription subscription = session.subscription();
		now = now.plus(Duration.ofHours(5));
		say("hi");
		assertThat(session.subscription()).isEqualTo(subscription);
		say("tips");
		assertThat(texts().get(0)).startsWith("Your Nurture Daily Tips come every day");
	}

	@Test
	void aPauseIsCountedInTheParentsZoneAndLastsNinetyDaysAtMost() {
		subscribe();
		now = Instant.parse("2026-06-16T04:30:00Z");
		say("pause");
		assertThat(session.subscription().pausedUntil()).isEqualTo(LocalDate.parse("2026-06-22"));
		say("pause 200 days");
		assertThat(session.subscription().pausedUntil()).isEqualTo(LocalDate.parse("2026-09-13"));
	}

	@Test
	void aLocationFarFromAnyZipCodeIsAskedAgain() {
		channel = Channel.TELEGRAM;
		say("/tips");
		say("6 weeks");
		say("9am");
		last = engine.decide(session,
				new InboundMessage(channel, "parent", "", now.plusSeconds(60), "1", new Location(0.0, -30.0)));
		session = last.session();
		assertThat(session.stepId()).isEqualTo("ask-zip");
		assertThat(texts()).last().asString().startsWith("What's your ZIP code?");
	}

	@Test
	void theWebChatSignsNoOneUp() {
		channel = Channel.WEB;
		say("tips");
		assertThat(session.inStep()).isFalse();
		assertThat(last.effects())
			.noneMatch(effect -> effect instanceof Effect.TipsConsent || effect instanceof Effect.SubscriptionChanged);
	}

	@Test
	void aMessageThatIsNotAboutTipsLeavesThemAlone() {
		say("what oil should I use");
		assertThat(last.effects())
			.noneMatch(effect -> effect instanceof Effect.TipsConsent || effect instanceof Effect.SubscriptionChanged);
		assertThat(session.subscription()).isNull();
		assertThat(session.tipsAsked()).isNull();
	}

	private void subscribe() {
		signUpTo("1");
		say("yes");
		assertThat(session.subscription()).isNotNull();
	}

	private void signUpTo(String cadence) {
		say("tips");
		say("born may 1");
		say("noon");
		say("60614");
		say(cadence);
	}

	private void say(String text) {
		if (session == null) {
			session = Session.start(Language.EN);
		}
		now = now.plusSeconds(60);
		last = engine.decide(session, new InboundMessage(channel, "parent", text, now, null));
		session = last.session();
	}

	private List<String> texts() {
		return last.replies().stream().map(Reply::text).toList();
	}

	private List<Effect.TipsConsent> asked() {
		return last.effects()
			.stream()
			.filter(Effect.TipsConsent.class::isInstance)
			.map(Effect.TipsConsent.class::cast)
			.filter(consent -> consent.consent() == Consent.TIPS_ASKED)
			.toList();
	}

}
