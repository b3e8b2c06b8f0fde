package org.nurture.conversation.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.nurture.contact.Channel;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.engine.ConversationEngine;
import org.nurture.conversation.engine.Decision;
import org.nurture.conversation.engine.EngineSettings;
import org.nurture.conversation.engine.Session;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.educator.EducatorDirectory;
import org.nurture.educator.Gazetteer;

/**
 * Runs every golden conversation in {@code conversations/tests/} through the engine with
 * the real content: each turn's message in, the expected answer out. A failure prints the
 * conversation so far and what Nurture said.
 */
class EngineGoldenConversationTests {

	static final Path CONTENT = Path.of("conversations");

	/**
	 * The sample directory the project ships, so referrals name real (fictional) sample
	 * educators.
	 */
	static final Path EDUCATORS = Path.of("config/educators.csv");

	/**
	 * A fixed, ordinary afternoon; each turn is a minute after the one before unless it
	 * says otherwise.
	 */
	static final Instant START = Instant.parse("2026-06-15T19:00:00Z");

	static final EngineSettings SETTINGS = new EngineSettings(Duration.ofMinutes(60), ZoneId.of("America/Chicago"));

	@TestFactory
	Stream<DynamicTest> everyGoldenConversationHolds() {
		Content content = new ContentLoader().load(CONTENT);
		ConversationEngine engine = new ConversationEngine(content, Understanding.of(content), SETTINGS,
				new EducatorDirectory(EDUCATORS, Gazetteer.shared(), 50, Clock.systemUTC()));
		List<GoldenConversation> conversations = GoldenConversations.load(CONTENT.resolve("tests"));
		assertThat(conversations).as("golden conversations in conversations/tests").isNotEmpty();
		return conversations.stream()
			.flatMap(
					conversation -> channels(conversation).stream()
						.map(channel -> DynamicTest.dynamicTest(
								conversation.file() + ": " + conversation.name()
										+ (conversation.namesChannels()
												? " (" + channel.name().toLowerCase(Locale.ROOT) + ")" : ""),
								() -> run(engine, conversation, channel))));
	}

	/**
	 * The channels the engine runs a conversation as: each it names, or the web chat for
	 * one that runs everywhere (the SMS and Telegram runners take those through their
	 * channel).
	 */
	static List<Channel> channels(GoldenConversation conversation) {
		if (!conversation.namesChannels()) {
			return List.of(Channel.WEB);
		}
		return Stream.of(Channel.WEB, Channel.SMS, Channel.TELEGRAM).filter(conversation::runsOn).toList();
	}

	static void run(ConversationEngine engine, GoldenConversation conversation, Channel channel) {
		Session session = conversation.language() == null ? engine.newSession()
				: Session.start(conversation.language());
		Instant now = START;
		StringBuilder transcript = new StringBuilder();
		for (GoldenTurn turn : conversation.turns()) {
			now = now.plus(Duration.ofMinutes(1 + turn.afterMinutes()));
			Decision decision = engine.decide(session,
					new InboundMessage(channel, "golden-conversation", turn.user(), now, null, turn.location()));
			session = decision.session();
			String said = said(decision.replies());
			transcript.append("parent: ").append(turn.user()).append('\n').append(indent(said)).append('\n');
			String where = conversation.file() + ":" + turn.line() + " after \"" + turn.user() + "\"\n\n" + transcript;
			List<String> lastChoices = decision.replies().isEmpty() ? List.of()
					: decision.replies().get(decision.replies().size() - 1).choices();
			turn.assertAnswer(where, said, said + "\n" + choicesOf(decision.replies()), lastChoices);
		}
	}

	/**
	 * Every reply's text, joined by a blank line: what {@code bot_exact} compares with.
	 */
	static String said(List<Reply> replies) {
		List<String> texts = new ArrayList<>();
		for (Reply reply : replies) {
			texts.add(reply.text());
		}
		return String.join("\n\n", texts);
	}

	private static String choicesOf(List<Reply> replies) {
		List<String> choices = new ArrayList<>();
		for (Reply reply : replies) {
			choices.addAll(reply.choices());
		}
		return String.join(" | ", choices);
	}

	private static String indent(String said) {
		return said.isEmpty() ? "  nurture: (no reply)" : "  nurture: " + said.replace("\n", "\n           ");
	}

}
