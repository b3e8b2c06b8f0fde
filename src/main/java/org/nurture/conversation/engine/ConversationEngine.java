package org.nurture.conversation.engine;

import java.util.List;
import java.util.Optional;

import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.SafetyRule;
import org.nurture.conversation.content.Settings;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.understanding.Places;
import org.nurture.conversation.understanding.SafetyHit;
import org.nurture.conversation.understanding.ScoredTopic;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.educator.EducatorSearch;
import org.nurture.educator.Gazetteer;
import org.nurture.subscription.Subscription;

/**
 * The conversation engine: a pure function from a session and a message to replies, a new
 * session and effects. It does no I/O and keeps no state between calls, so it is safe to
 * share.
 *
 * <p>
 * Every message is decided in the order of {@link #decide}: the first decision that takes
 * the message answers it.
 */
public final class ConversationEngine {

	private static final double DEFAULT_RADIUS_MILES = 50;

	private final Settings settings;

	private final Understanding understanding;

	private final EngineSettings engineSettings;

	private final Compliance compliance;

	private final PendingStep pendingStep;

	private final PlaceSearch placeSearch;

	private final EducatorReferrals referrals;

	private final Navigator navigator;

	private final Topics topics;

	private final TipsFlow tipsFlow;

	private final TipsCommands tipsCommands;

	private final TipsTexts tipsTexts;

	/**
	 * An engine without an educators directory: place answers point parents to the
	 * organization's directory.
	 */
	public ConversationEngine(Content content, Understanding understanding, EngineSettings engineSettings) {
		this(content, understanding, engineSettings, EducatorSearch.withoutDirectory(DEFAULT_RADIUS_MILES));
	}

	/**
	 * @param educators the in-memory directory lookup that answers {@code place} steps;
	 * it must not block
	 */
	public ConversationEngine(Content content, Understanding understanding, EngineSettings engineSettings,
			EducatorSearch educators) {
		this.settings = content.settings();
		this.understanding = understanding;
		this.engineSettings = engineSettings;
		Places places = new Places(content.lexicon(), Gazetteer.shared());
		TimeZones zones = new TimeZones(Gazetteer.shared());
		this.tipsTexts = new TipsTexts(settings);
		Slots slots = new Slots(content, understanding, places, tipsTexts, zones);
		TodaysTip todaysTip = new TodaysTip(content.tips(), tipsTexts);
		this.tipsFlow = new TipsFlow(content, understanding, tipsTexts, places, zones, todaysTip);
		Navigator navigator = new Navigator(content, slots, tipsFlow);
		this.referrals = new EducatorReferrals(content, educators, places, understanding);
		this.placeSearch = new PlaceSearch(content, places, navigator, referrals);
		this.topics = new Topics(content, understanding, navigator);
		this.tipsCommands = new TipsCommands(content, understanding, engineSettings, tipsTexts, navigator, tipsFlow,
				todaysTip);
		this.compliance = new Compliance(settings, understanding, navigator, tipsTexts, tipsCommands.changes());
		this.pendingStep = new PendingStep(content, understanding, engineSettings, navigator, slots, placeSearch,
				topics, tipsFlow, new TipsAnswers(engineSettings, tipsTexts));
		this.navigator = navigator;
	}

	/**
	 * A new contact's session, in the content's default language until theirs is known.
	 */
	public Session newSession() {
		return Session.start(settings.defaultLanguage());
	}

	/**
	 * Decides in this order: a shared location; an empty message; compliance keywords
	 * (STOP, START, HELP and their synonyms); words that switch the language; safety
	 * interrupts (a crisis or an emergency comes before anything but consent); nothing
	 * more for someone who opted out; the words that manage daily tips (and the answer to
	 * a question they asked); what the conversation waits for (a confirmation, a choice,
	 * "back", the step's answer); "more" educators; a bare yes or no; a question that
	 * says its place; answer topics; a message of just a ZIP code; and the fallback,
	 * which keeps the question for the team.
	 */
	public Decision decide(Session current, InboundMessage message) {
		Session session = expired(current, message) ? current.restart() : current;
		Turn turn = new Turn(session.offering(List.of()).confirming(null).activeAt(message.receivedAt()), message);
		if (tipsFlow.locationShared(turn, navigator) || placeSearch.locationShared(turn) || emptyMessage(turn)
				|| compliance.keyword(turn)) {
			return turn.decision();
		}
		turn.read(understanding);
		if (compliance.languageCommand(turn)) {
			return turn.decision();
		}
		compliance.learnLanguage(turn);
		if (safetyInterrupt(turn) || session.optedOut() || tipsCommands.decide(turn)
				|| pendingStep.decide(turn, session.confirming(), session.offered()) || referrals.more(turn)
				|| topics.acknowledged(turn)) {
			return turn.decision();
		}
		List<ScoredTopic> ranked = topics.ranked(turn);
		if (!placeSearch.withTopic(turn, ranked) && !topics.answer(turn, ranked) && !placeSearch.bareZip(turn)) {
			topics.fallBack(turn, turn.text());
		}
		return turn.decision();
	}

	private boolean expired(Session session, InboundMessage message) {
		return session.lastActivity() != null
				&& session.lastActivity().plus(engineSettings.sessionIdle()).isBefore(message.receivedAt());
	}

	/**
	 * An empty message, or a picture without words: what Nurture can read (nothing, for
	 * someone who opted out).
	 */
	private boolean emptyMessage(Turn turn) {
		if (!turn.text().isEmpty()) {
			return false;
		}
		if (!turn.session().optedOut()) {
			turn.say(settings.message(MessageKey.EMPTY_MESSAGE, turn.language()));
		}
		return true;
	}

	/**
	 * A crisis or an emergency: the safety rule's reply, which names the right number
	 * first.
	 */
	private boolean safetyInterrupt(Turn turn) {
		Optional<SafetyHit> safety = understanding.safety(turn.utterance(), turn.language());
		if (safety.isEmpty()) {
			return false;
		}
		String reply = safety.get().rule().reply().in(safety.get().language());
		turn.say(reply);
		turn.effect(new Effect.SafetyInterrupt(safety.get().rule().id()));
		endTipsAfterLoss(turn, safety.get(), reply);
		return true;
	}

	/**
	 * A message about the loss of a baby (a rule that ends tips, even when another rule
	 * answered it first): daily tips end at once and the sign-up stops, so that no
	 * age-based tip or question ever follows.
	 */
	private void endTipsAfterLoss(Turn turn, SafetyHit hit, String reply) {
		Session session = turn.session();
		boolean tipsInPlay = (session.subscription() != null && session.subscription().active())
				|| session.tipsAsked() != null || navigator.currentFlow(session).map(tipsFlow::isSignUp).orElse(false);
		if (!tipsInPlay
				|| !(hit.rule().endsTips() || understanding.safetyMatches(turn.utterance(), SafetyRule::endsTips))) {
			return;
		}
		if (navigator.currentFlow(session).map(tipsFlow::isSignUp).orElse(false)) {
			turn.update(turn.session().atStep(null, null));
		}
		String ended = tipsTexts.text(TipsText.LOSS_ENDED, hit.language());
		if (tipsCommands.changes().end(turn, Subscription.EndReason.LOSS, hit.rule().id(), reply + "\n\n" + ended)) {
			turn.say(ended);
		}
	}

}
