package org.nurture.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.understanding.Understanding;

/**
 * The engine's decision order and memory, on a small fixture content with one-word texts
 * easy to assert on.
 */
class ConversationEngineTests {

	static ConversationEngine engine;

	Instant now = Instant.parse("2026-06-15T19:00:00Z");

	Session session;

	Decision last;

	@BeforeAll
	static void loadContent() {
		Content content = new ContentLoader().load(Path.of("src/test/resources/engine-content"));
		engine = new ConversationEngine(content, Understanding.of(content),
				new EngineSettings(Duration.ofMinutes(60), ZoneId.of("America/Chicago")));
	}

	@Test
	void stopEndsMessagesUntilStart() {
		say("STOP");
		assertThat(texts()).containsExactly("OPTED OUT");
		assertThat(last.effects()).containsExactly(new Effect.ConsentGiven(Consent.OPT_OUT, "STOP"));
		say("what oil should I use");
		assertThat(last.replies()).isEmpty();
		say("start");
		assertThat(texts()).containsExactly("OPTED IN");
		say("what oil should I use");
		assertThat(texts()).contains("OILS ANSWER");
	}

	@Test
	void aQuestionContainingStopIsAQuestionNotAnOptOut() {
		say("how do I stop my baby crying");
		assertThat(texts()).contains("CRYING ANSWER");
		assertThat(session.optedOut()).isFalse();
		assertThat(last.effects()).noneMatch(Effect.ConsentGiven.class::isInstance);
	}

	@Test
	void yesOptsInOnlyAfterAnOptOut() {
		say("yes");
		assertThat(last.effects()).noneMatch(Effect.ConsentGiven.class::isInstance);
		say("stop");
		say("YES");
		assertThat(texts()).containsExactly("OPTED IN");
	}

	@Test
	void helpIsRecordedAndAnswered() {
		say("help");
		assertThat(texts()).containsExactly("HELP TEXT");
		assertThat(last.effects()).containsExactly(new Effect.ConsentGiven(Consent.HELP, "HELP"));
	}

	@Test
	void safetyWinsOverAFlowStepAndKeepsTheStepWaiting() {
		say("hi");
		say("2");
		assertThat(texts()).containsExactly("HOW OLD");
		say("my baby is not breathing");
		assertThat(texts()).containsExactly("CALL 911");
		assertThat(last.effects()).containsExactly(new Effect.SafetyInterrupt("emergency"));
		say("3 months");
		assertThat(texts()).containsExactly("IS BABY CALM");
	}

	@Test
	void safetyRepliesInTheLanguageOfTheMessage() {
		say("hello");
		say("mi bebe no respira");
		assertThat(texts()).containsExactly("LLAMA AL 911");
	}

	@Test
	void typedAnswersFillSlotsAndConditionsChooseTheWay() {
		say("hi");
		say("First massage");
		say("2 weeks");
		assertThat(texts()).containsExactly("NEWBORN NOTE for 2 weeks", "IS BABY CALM");
		assertThat(session.slots()).containsEntry("baby_age", "2");
		say("nope");
		assertThat(texts()).containsExactly("TRY LATER");
		assertThat(session.inStep()).isFalse();
	}

	@Test
	void anAnswerThatDoesNotFitAsksAgain() {
		say("hi");
		say("2");
		say("purple");
		assertThat(texts()).containsExactly("RETRY AGE", "HOW OLD");
	}

	@Test
	void aQuestionMidFlowIsAnsweredAndOffersToGoBack() {
		say("hi");
		say("2");
		say("wat oil shud i use");
		assertThat(texts()).hasSize(2);
		assertThat(texts().get(0)).isEqualTo("DISCLAIMER");
		assertThat(texts().get(1)).startsWith("OILS ANSWER").endsWith("Reply BACK to return to First massage.");
		assertThat(lastReply().choices()).containsExactly("Crying", "Back");
		say("back");
		assertThat(texts()).containsExactly("HOW OLD");
		say("5 months");
		assertThat(texts()).containsExactly("IS BABY CALM");
	}

	@Test
	void theStepStillTakesItsAnswerAfterAnInterruption() {
		say("hi");
		say("2");
		say("what oil should I use");
		say("10 weeks");
		assertThat(texts()).containsExactly("IS BABY CALM");
	}

	@Test
	void theDisclaimerComesOnceAConversation() {
		say("what oil should I use");
		assertThat(texts()).containsExactly("DISCLAIMER", "OILS ANSWER");
		say("why does my baby cry so much");
		assertThat(texts()).containsExactly("CRYING ANSWER");
	}

	@Test
	void followUpsAreChosenByNumber() {
		say("what oil should I use");
		say("1");
		assertThat(texts()).containsExactly("CRYING ANSWER");
	}

	@Test
	void somethingItCannotAnswerGetsTheFallbackAndIsKeptForTheTeam() {
		say("can you order me a pizza with extra cheese");
		assertThat(texts()).containsExactly("FALLBACK");
		assertThat(last.effects())
			.contains(new Effect.QuestionForTeam("can you order me a pizza with extra cheese", Language.EN));
	}

	@Test
	void theLanguageIsDetectedAndRemembered() {
		say("hola");
		assertThat(texts()).containsExactly("BIENVENIDA");
		assertThat(session.language()).isEqualTo(Language.ES);
		assertThat(last.effects()).contains(new Effect.LanguageChosen(Language.ES));
		say("ok");
		assertThat(session.language()).isEqualTo(Language.ES);
	}

	@Test
	void englishAndEspanolSwitchTheLanguageAndRepeatTheWaitingStep() {
		say("hi");
		say("espanol");
		assertThat(texts()).containsExactly("AHORA EN ESPAÑOL", "BIENVENIDA");
		say("ENGLISH");
		assertThat(texts()).containsExactly("ENGLISH NOW", "WELCOME");
		assertThat(session.languageKnown()).isTrue();
	}

	@Test
	void anIdleConversationStartsFreshButKeepsItsLanguage() {
		say("hola");
		say("2");
		assertThat(session.stepId()).isEqualTo("ask-age");
		now = now.plus(Duration.ofHours(3));
		say("3 meses");
		assertThat(session.stepId()).isNull();
		assertThat(session.language()).isEqualTo(Language.ES);
	}

	@Test
	void anEmptyMessageGetsAFriendlyAnswer() {
		say("   ");
		assertThat(texts()).containsExactly("EMPTY");
	}

	private void say(String text) {
		now = now.plusSeconds(30);
		last = engine.decide(session == null ? engine.newSession() : session,
				new InboundMessage(Channel.WEB, "test-conversation", text, now, null));
		session = last.session();
	}

	private List<String> texts() {
		return last.replies().stream().map(Reply::text).toList();
	}

	private Reply lastReply() {
		return last.replies().get(last.replies().size() - 1);
	}

}
