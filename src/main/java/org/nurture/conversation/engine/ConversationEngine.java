package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.nurture.channel.InboundMessage;
import org.nurture.contact.Consent;
import org.nurture.conversation.content.Choice;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.Settings;
import org.nurture.conversation.content.SlotType;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.understanding.Option;
import org.nurture.conversation.understanding.SafetyHit;
import org.nurture.conversation.understanding.ScoredTopic;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;

/**
 * The conversation engine: a pure function from a session and a message to replies, a new session and effects.
 * It does no I/O and keeps no state between calls, so it is safe to share.
 *
 * <p>
 * Every message is decided in this order: compliance keywords (STOP, START, HELP and their synonyms) and language
 * commands; safety interrupts; a pending "Are you asking about ...?"; the choices just offered; the current step's
 * expected answer; answer topics from anywhere; and a helpful fallback that keeps the question for the team.
 */
public final class ConversationEngine {

	private static final List<String> ENGLISH_COMMANDS = List.of("english", "ingles", "in english", "en ingles");

	private static final List<String> SPANISH_COMMANDS = List.of("espanol", "spanish", "en espanol", "in spanish",
			"castellano");

	/** Beyond this many words, a message that does not answer the step is taken as a question of its own. */
	private static final int QUESTION_WORDS = 4;

	private final Content content;

	private final Settings settings;

	private final Understanding understanding;

	private final EngineSettings engineSettings;

	private final Slots slots;

	private final Navigator navigator;

	public ConversationEngine(Content content, Understanding understanding, EngineSettings engineSettings) {
		this.content = content;
		this.settings = content.settings();
		this.understanding = understanding;
		this.engineSettings = engineSettings;
		this.slots = new Slots(content, understanding);
		this.navigator = new Navigator(content, slots);
	}

	/** A new contact's session, in the content's default language until theirs is known. */
	public Session newSession() {
		return Session.start(settings.defaultLanguage());
	}

	public Decision decide(Session current, InboundMessage message) {
		Session session = expired(current, message) ? current.restart() : current;
		List<Target> offered = session.offered();
		String confirming = session.confirming();
		Turn turn = new Turn(session.offering(List.of()).confirming(null).activeAt(message.receivedAt()));
		String text = message.text().strip();
		if (text.isEmpty()) {
			if (!session.optedOut()) {
				turn.say(settings.message(MessageKey.EMPTY_MESSAGE, turn.language()));
			}
			return turn.decision();
		}
		Optional<ComplianceKeyword> keyword = ComplianceKeyword.of(text).filter(found -> found.appliesTo(session));
		if (keyword.isPresent()) {
			compliance(turn, keyword.get());
			return turn.decision();
		}
		Utterance utterance = understanding.read(text);
		if (languageCommand(turn, utterance)) {
			return turn.decision();
		}
		learnLanguage(turn, utterance);
		Optional<SafetyHit> safety = understanding.safety(utterance, turn.language());
		if (safety.isPresent()) {
			turn.say(safety.get().rule().reply().in(safety.get().language()));
			turn.effect(new Effect.SafetyInterrupt(safety.get().rule().id()));
			return turn.decision();
		}
		if (session.optedOut()) {
			return turn.decision();
		}
		LocalDate today = message.receivedAt().atZone(engineSettings.zone()).toLocalDate();
		if (confirmed(turn, confirming, utterance) || pickedOffered(turn, offered, utterance)
				|| wentBack(turn, utterance) || answeredStep(turn, utterance, today)) {
			return turn.decision();
		}
		answerOrFallBack(turn, utterance, text);
		return turn.decision();
	}

	private boolean expired(Session session, InboundMessage message) {
		return session.lastActivity() != null
				&& session.lastActivity().plus(engineSettings.sessionIdle()).isBefore(message.receivedAt());
	}

	private void compliance(Turn turn, ComplianceKeyword keyword) {
		Language language = keyword.language() != null ? keyword.language() : turn.language();
		turn.effect(new Effect.ConsentGiven(keyword.consent(), keyword.word()));
		if (keyword.consent() == Consent.OPT_OUT) {
			turn.update(turn.session().withOptedOut(true).atStep(null, null));
			turn.say(settings.message(MessageKey.OPTED_OUT, language));
		}
		else if (keyword.consent() == Consent.OPT_IN) {
			turn.update(turn.session().withOptedOut(false));
			turn.say(settings.message(MessageKey.OPTED_IN, language));
		}
		else {
			turn.say(settings.message(MessageKey.HELP, language));
		}
	}

	private boolean languageCommand(Turn turn, Utterance utterance) {
		Language chosen = understanding.isOneOf(utterance, SPANISH_COMMANDS) ? Language.ES
				: understanding.isOneOf(utterance, ENGLISH_COMMANDS) ? Language.EN : null;
		if (chosen == null || !settings.languages().contains(chosen)) {
			return false;
		}
		turn.update(turn.session().withLanguage(chosen, true));
		turn.effect(new Effect.LanguageChosen(chosen));
		if (!turn.session().optedOut()) {
			turn.say(settings.message(MessageKey.LANGUAGE_SWITCHED, chosen));
			navigator.currentStep(turn.session())
				.ifPresent(step -> navigator.enter(turn, navigator.currentFlow(turn.session()).orElseThrow(), step));
		}
		return true;
	}

	private void learnLanguage(Turn turn, Utterance utterance) {
		if (turn.session().languageKnown()) {
			return;
		}
		Optional<Language> detected = understanding.detectLanguage(utterance)
			.filter(settings.languages()::contains);
		if (detected.isPresent()) {
			turn.update(turn.session().withLanguage(detected.get(), true));
			turn.effect(new Effect.LanguageChosen(detected.get()));
		}
	}

	private boolean confirmed(Turn turn, String confirming, Utterance utterance) {
		if (confirming == null) {
			return false;
		}
		Optional<Boolean> yes = understanding.yesNo(utterance);
		if (yes.isEmpty()) {
			return false;
		}
		if (yes.get()) {
			content.answer(confirming).ifPresent(answer -> navigator.answer(turn, answer));
		}
		else {
			fallBack(turn, null);
		}
		return true;
	}

	private boolean pickedOffered(Turn turn, List<Target> offered, Utterance utterance) {
		if (offered.isEmpty()) {
			return false;
		}
		List<Option> options = new ArrayList<>(offered.size());
		for (Target target : offered) {
			options.add(new Option(navigator.label(target), Map.of()));
		}
		OptionalInt picked = understanding.pick(utterance, options, turn.language());
		if (picked.isEmpty()) {
			return false;
		}
		navigator.go(turn, offered.get(picked.getAsInt()));
		return true;
	}

	/** The current step's expected answer; a step interrupted by another question only takes a clear answer. */
	private boolean answeredStep(Turn turn, Utterance utterance, LocalDate today) {
		Session session = turn.session();
		Optional<Flow> flow = navigator.currentFlow(session);
		Optional<Step> step = navigator.currentStep(session);
		if (flow.isEmpty() || step.isEmpty()) {
			return false;
		}
		Expectation expect = step.get().expect();
		if (expect instanceof Expectation.Choices choices) {
			OptionalInt picked = understanding.pick(utterance, options(choices), turn.language());
			if (picked.isPresent()) {
				navigator.choose(turn, flow.get(), choices.choices().get(picked.getAsInt()));
				return true;
			}
		}
		else if (expect instanceof Expectation.Slot slot
				&& !(session.stepInterrupted() && slot.type() == SlotType.TEXT)) {
			Optional<String> value = slots.read(slot.type(), utterance, today);
			if (value.isPresent()) {
				if (slot.type() == SlotType.TEXT) {
					turn.effect(new Effect.QuestionForTeam(value.get(), turn.language()));
				}
				navigator.advance(turn, flow.get(), step.get(), slot.name(), value.get());
				return true;
			}
		}
		if (session.stepInterrupted() || clearTopic(utterance, turn.language()).isPresent()
				|| isQuestion(utterance)) {
			return false;
		}
		navigator.retry(turn, flow.get(), step.get());
		return true;
	}

	/**
	 * A message that reads as a question of its own rather than a failed answer: it goes to the topics (and to the
	 * team when no topic fits) instead of asking the step again.
	 */
	private static boolean isQuestion(Utterance utterance) {
		String raw = utterance.raw();
		return raw.indexOf('?') >= 0 || utterance.folded().split(" ").length > QUESTION_WORDS;
	}

	private boolean wentBack(Turn turn, Utterance utterance) {
		Optional<Step> step = navigator.currentStep(turn.session());
		List<String> backWords = settings.backWords().getOrDefault(turn.language(), List.of());
		if (step.isEmpty() || !understanding.isOneOf(utterance, backWords)) {
			return false;
		}
		navigator.enter(turn, navigator.currentFlow(turn.session()).orElseThrow(), step.get());
		return true;
	}

	private void answerOrFallBack(Turn turn, Utterance utterance, String text) {
		if (understanding.yesNo(utterance).isPresent()) {
			turn.say(settings.message(MessageKey.ACKNOWLEDGE, turn.language()));
			return;
		}
		List<ScoredTopic> ranked = understanding.topics(utterance, turn.language()).ranked();
		if (ranked.isEmpty() || ranked.get(0).score() < settings.clarifyThreshold()) {
			fallBack(turn, text);
			return;
		}
		ScoredTopic best = ranked.get(0);
		adoptLanguageOf(turn, best);
		ScoredTopic second = ranked.size() > 1 ? ranked.get(1) : null;
		boolean close = second != null && second.score() >= settings.clarifyThreshold()
				&& best.score() - second.score() < settings.ambiguityMargin();
		if (close) {
			List<Target> options = List.of(new Target.Answer(best.answerId()), new Target.Answer(second.answerId()));
			turn.update(turn.session().offering(options));
			turn.say(settings.message(MessageKey.CLARIFY, turn.language()), navigator.labels(options, turn.language()));
		}
		else if (best.score() >= settings.answerThreshold()) {
			content.answer(best.answerId()).ifPresent(answer -> navigator.answer(turn, answer));
		}
		else {
			Target guess = new Target.Answer(best.answerId());
			String topic = navigator.label(guess).in(turn.language()).replaceAll("[?¿!¡.]+", "").strip();
			turn.effect(new Effect.QuestionForTeam(text, turn.language()));
			turn.update(turn.session().confirming(best.answerId()).offering(List.of(guess)));
			turn.say(settings.message(MessageKey.CONFIRM_TOPIC, turn.language()).replace("{topic}", topic),
					List.of(topic));
		}
	}

	private Optional<ScoredTopic> clearTopic(Utterance utterance, Language language) {
		List<ScoredTopic> ranked = understanding.topics(utterance, language).ranked();
		return ranked.isEmpty() || ranked.get(0).score() < settings.answerThreshold() ? Optional.empty()
				: Optional.of(ranked.get(0));
	}

	/** Until a language is known, the language of a clearly matched topic is the best guess. */
	private void adoptLanguageOf(Turn turn, ScoredTopic topic) {
		if (!turn.session().languageKnown() && topic.language() != null && topic.score() >= settings.answerThreshold()
				&& settings.languages().contains(topic.language())) {
			turn.update(turn.session().withLanguage(topic.language(), false));
		}
	}

	/** Says what Nurture can do, keeping the question (when there is one) for the team. */
	private void fallBack(Turn turn, String question) {
		Language language = turn.language();
		if (question != null) {
			turn.effect(new Effect.QuestionForTeam(question, language));
		}
		List<Target> back = navigator.currentStep(turn.session()).isPresent()
				? List.of(new Target.Step(turn.session().stepId())) : List.of();
		if (!back.isEmpty()) {
			turn.update(turn.session().interrupted(true));
		}
		turn.update(turn.session().offering(back));
		turn.say(settings.message(MessageKey.FALLBACK, language), navigator.labels(back, language));
	}

	private static List<Option> options(Expectation.Choices choices) {
		List<Option> options = new ArrayList<>(choices.choices().size());
		for (Choice choice : choices.choices()) {
			options.add(new Option(choice.label(), choice.synonyms()));
		}
		return options;
	}
}
