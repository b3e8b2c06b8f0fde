package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.nurture.conversation.InboundMessage;
import org.nurture.contact.Consent;
import org.nurture.conversation.content.Answer;
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
import org.nurture.text.TextFolding;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;
import org.nurture.educator.EducatorSearch;
import org.nurture.educator.Place;
import org.nurture.educator.Places;

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

	private static final double DEFAULT_RADIUS_MILES = 50;

	/** A ZIP code with at most this many other words ("my zip is 02139") is a message of just a ZIP code. */
	private static final int BARE_ZIP_WORDS = 3;

	private final Content content;

	private final Settings settings;

	private final Understanding understanding;

	private final EngineSettings engineSettings;

	private final Slots slots;

	private final Navigator navigator;

	private final EducatorReferrals referrals;

	/** The first flow that starts by asking for a place, which a message of just a ZIP code starts. */
	private final Optional<Flow> placeFlow;

	/** By answer id, the flow asking for a place that the answer leads to (see {@link #placeFlowOf}), if any. */
	private final Map<String, Flow> placeFlows = new HashMap<>();

	/** An engine without an educators directory: place answers point parents to the organization's directory. */
	public ConversationEngine(Content content, Understanding understanding, EngineSettings engineSettings) {
		this(content, understanding, engineSettings, EducatorSearch.withoutDirectory(DEFAULT_RADIUS_MILES));
	}

	/**
	 * @param educators the in-memory directory lookup that answers {@code place} steps; it must not block
	 */
	public ConversationEngine(Content content, Understanding understanding, EngineSettings engineSettings,
			EducatorSearch educators) {
		this.content = content;
		this.settings = content.settings();
		this.understanding = understanding;
		this.engineSettings = engineSettings;
		this.slots = new Slots(content, understanding, educators);
		this.navigator = new Navigator(content, slots);
		this.referrals = new EducatorReferrals(educators, understanding);
		this.placeFlow = content.flows().stream().filter(ConversationEngine::asksPlace).findFirst();
		for (Answer answer : content.answers()) {
			content.answer(answer.id()).flatMap(this::placeFlowOf).ifPresent(flow -> placeFlows.put(answer.id(), flow));
		}
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
		if (message.location() != null && !session.optedOut() && locationShared(turn, message)) {
			return turn.decision();
		}
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
		if (confirmed(turn, confirming, utterance) || pickedOffered(turn, offered, utterance)
				|| wentBack(turn, utterance) || moreEducators(turn, utterance, message)
				|| answeredStep(turn, utterance, message)) {
			return turn.decision();
		}
		answerOrFallBack(turn, utterance, text, message);
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
	private boolean answeredStep(Turn turn, Utterance utterance, InboundMessage message) {
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
			LocalDate today = message.receivedAt().atZone(engineSettings.zone()).toLocalDate();
			Optional<String> value = slots.read(slot.type(), utterance, today);
			if (value.isPresent()) {
				if (slot.type() == SlotType.TEXT) {
					turn.effect(new Effect.QuestionForTeam(value.get(), turn.language()));
				}
				if (slot.type() == SlotType.PLACE) {
					referrals.place(value.get())
						.ifPresent(place -> referrals.show(turn, place, message.channel()));
				}
				navigator.advance(turn, flow.get(), step.get(), slot.name(), value.get());
				return true;
			}
			if (slot.type() == SlotType.PLACE) {
				Optional<String> unknownZip = referrals.unknownZip(utterance);
				if (unknownZip.isPresent()) {
					referrals.unknownZip(turn, unknownZip.get());
					navigator.enter(turn, flow.get(), step.get());
					return true;
				}
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
		return raw.indexOf('?') >= 0 || TextFolding.wordCount(utterance.folded()) > QUESTION_WORDS;
	}

	/** "More" after the educators were shown, when no step waits for an answer. */
	private boolean moreEducators(Turn turn, Utterance utterance, InboundMessage message) {
		return !turn.session().inStep() && referrals.more(turn, utterance, message.channel());
	}

	/**
	 * A question whose likeliest topic leads to a flow asking for a place (it starts the flow, or offers it next), and
	 * that already says the place ("classes in Denver?", "hay clases cerca de Miami", "any class near 78701"): the
	 * flow's question is skipped and the educators are shown at once, even when the place's own words leave the topic
	 * unsure.
	 */
	private boolean placeWithTopic(Turn turn, List<ScoredTopic> ranked, Utterance utterance, InboundMessage message) {
		Optional<Flow> flow = ranked.isEmpty() ? Optional.empty()
				: Optional.ofNullable(placeFlows.get(ranked.get(0).answerId()));
		if (flow.isEmpty()) {
			return false;
		}
		Optional<Place> place = referrals.place(utterance, false);
		if (place.isPresent()) {
			showAtOnce(turn, flow.get(), place.get(), message);
			return true;
		}
		Optional<String> unknownZip = referrals.unknownZip(utterance);
		if (unknownZip.isPresent()) {
			referrals.unknownZip(turn, unknownZip.get());
			navigator.enter(turn, flow.get(), flow.get().firstStep());
			return true;
		}
		return false;
	}

	/**
	 * A message that is only a ZIP code ("78701", "zip 02139"), which nothing else answered: a parent looking for a
	 * class, most likely. The content's first flow asking for a place takes it.
	 */
	private boolean bareZip(Turn turn, Utterance utterance, InboundMessage message) {
		Optional<String> zip = Places.zipIn(utterance.raw());
		if (placeFlow.isEmpty() || zip.isEmpty()) {
			return false;
		}
		String rest = utterance.folded().replaceAll("[0-9]+", " ").strip();
		if (!rest.isEmpty() && rest.split(" +").length > BARE_ZIP_WORDS) {
			return false;
		}
		Optional<Place> place = referrals.place(zip.get());
		if (place.isPresent()) {
			showAtOnce(turn, placeFlow.get(), place.get(), message);
		}
		else {
			referrals.unknownZip(turn, zip.get());
			navigator.enter(turn, placeFlow.get(), placeFlow.get().firstStep());
		}
		return true;
	}

	/**
	 * A shared location (Telegram): the answer to the place step waiting for one, or else a search from the content's
	 * first place flow. Outside the US, the step's retry. False when the content has no place flow.
	 */
	private boolean locationShared(Turn turn, InboundMessage message) {
		Optional<Flow> waiting = navigator.currentFlow(turn.session())
			.filter(flow -> navigator.currentStep(turn.session())
				.map(step -> step.expect() instanceof Expectation.Slot slot && slot.type() == SlotType.PLACE)
				.orElse(false));
		Optional<Flow> flow = waiting.isPresent() ? waiting : placeFlow;
		if (flow.isEmpty()) {
			return false;
		}
		Step step = waiting.isPresent() ? navigator.currentStep(turn.session()).orElseThrow() : flow.get().firstStep();
		Optional<Place> place = referrals.place(message.location());
		if (place.isEmpty()) {
			turn.update(turn.session().atStep(flow.get().id(), step.id()));
			navigator.retry(turn, flow.get(), step);
			return true;
		}
		Expectation.Slot slot = (Expectation.Slot) step.expect();
		turn.update(turn.session().atStep(flow.get().id(), step.id()).offering(List.of()));
		referrals.show(turn, place.get(), message.channel());
		navigator.advance(turn, flow.get(), step, slot.name(), place.get().label());
		return true;
	}

	/** Enters the flow at its place step and answers it with the place: the educators, then what follows. */
	private void showAtOnce(Turn turn, Flow flow, Place place, InboundMessage message) {
		Step first = flow.firstStep();
		Expectation.Slot slot = (Expectation.Slot) first.expect();
		turn.update(turn.session().atStep(flow.id(), first.id()).offering(List.of()));
		referrals.show(turn, place, message.channel());
		navigator.advance(turn, flow, first, slot.name(), place.label());
	}

	/** The flow the answer starts or offers first whose first step asks for a place, if any; known at start. */
	private Optional<Flow> placeFlowOf(Answer answer) {
		List<String> flowIds = new ArrayList<>();
		if (answer.startsFlow() != null) {
			flowIds.add(answer.startsFlow());
		}
		for (Target followup : answer.followups()) {
			if (followup instanceof Target.Flow flow) {
				flowIds.add(flow.flowId());
			}
		}
		return flowIds.stream().flatMap(flowId -> content.flow(flowId).stream()).filter(ConversationEngine::asksPlace)
			.findFirst();
	}

	private static boolean asksPlace(Flow flow) {
		return flow.firstStep().expect() instanceof Expectation.Slot slot && slot.type() == SlotType.PLACE;
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

	private void answerOrFallBack(Turn turn, Utterance utterance, String text, InboundMessage message) {
		if (understanding.yesNo(utterance).isPresent()) {
			turn.say(settings.message(MessageKey.ACKNOWLEDGE, turn.language()));
			return;
		}
		List<ScoredTopic> ranked = understanding.topics(utterance, turn.language()).ranked();
		if (placeWithTopic(turn, ranked, utterance, message)) {
			return;
		}
		if (ranked.isEmpty() || ranked.get(0).score() < settings.clarifyThreshold()) {
			if (bareZip(turn, utterance, message)) {
				return;
			}
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
