package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.nurture.conversation.content.Choice;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.SlotType;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.understanding.Option;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;
import org.nurture.text.TextFolding;

/**
 * What the conversation is waiting for, in this order: a yes or no to "Are you asking
 * about ...?", one of the choices just offered, "back" to an interrupted step, and the
 * current step's expected answer. A step interrupted by another question only takes a
 * clear answer; a message that reads as a question of its own goes on to the topics.
 * Choices that fill a slot save the chosen value; the daily-tips answers and the
 * confirmation that subscribes are the sign-up's ({@link TipsAnswers}, {@link TipsFlow}).
 */
final class PendingStep {

	/**
	 * Beyond this many words, a message that does not answer the step is taken as a
	 * question of its own.
	 */
	private static final int QUESTION_WORDS = 4;

	private final Content content;

	private final Understanding understanding;

	private final EngineSettings engineSettings;

	private final Navigator navigator;

	private final Slots slots;

	private final PlaceSearch places;

	private final Topics topics;

	private final TipsFlow tips;

	private final TipsAnswers tipsAnswers;

	PendingStep(Content content, Understanding understanding, EngineSettings engineSettings, Navigator navigator,
			Slots slots, PlaceSearch places, Topics topics, TipsFlow tips, TipsAnswers tipsAnswers) {
		this.content = content;
		this.understanding = understanding;
		this.engineSettings = engineSettings;
		this.navigator = navigator;
		this.slots = slots;
		this.places = places;
		this.topics = topics;
		this.tips = tips;
		this.tipsAnswers = tipsAnswers;
	}

	/**
	 * @param confirming the topic the last reply asked about ("Are you asking about
	 * ...?"), or null
	 * @param offered the choices the last reply offered
	 */
	boolean decide(Turn turn, String confirming, List<Target> offered) {
		return confirmed(turn, confirming) || pickedOffered(turn, offered) || wentBack(turn) || answeredStep(turn);
	}

	private boolean confirmed(Turn turn, String confirming) {
		if (confirming == null) {
			return false;
		}
		Optional<Boolean> yes = understanding.yesNo(turn.utterance());
		if (yes.isEmpty()) {
			return false;
		}
		if (yes.get()) {
			content.answer(confirming).ifPresent(answer -> navigator.answer(turn, answer));
		}
		else {
			topics.fallBack(turn, null);
		}
		return true;
	}

	private boolean pickedOffered(Turn turn, List<Target> offered) {
		if (offered.isEmpty()) {
			return false;
		}
		List<Option> options = new ArrayList<>(offered.size());
		for (Target target : offered) {
			options.add(new Option(navigator.label(target), Map.of()));
		}
		OptionalInt picked = understanding.pick(turn.utterance(), options, turn.language());
		if (picked.isEmpty()) {
			return false;
		}
		navigator.go(turn, offered.get(picked.getAsInt()));
		return true;
	}

	private boolean wentBack(Turn turn) {
		Optional<Step> step = navigator.currentStep(turn.session());
		List<String> backWords = content.settings().backWords().getOrDefault(turn.language(), List.of());
		if (step.isEmpty() || !understanding.isOneOf(turn.utterance(), backWords)) {
			return false;
		}
		navigator.enter(turn, navigator.currentFlow(turn.session()).orElseThrow(), step.get());
		return true;
	}

	private boolean answeredStep(Turn turn) {
		Session session = turn.session();
		Optional<Flow> flow = navigator.currentFlow(session);
		Optional<Step> step = navigator.currentStep(session);
		if (flow.isEmpty() || step.isEmpty()) {
			return false;
		}
		Utterance utterance = turn.utterance();
		Expectation expect = step.get().expect();
		if (step.get().action() == Step.Action.SUBSCRIBE && expect instanceof Expectation.Slot slot) {
			return tips.confirm(turn, navigator, flow.get(), step.get(), slot, isQuestion(utterance));
		}
		if (expect instanceof Expectation.Choices choices) {
			OptionalInt picked = understanding.pick(utterance, options(choices), turn.language());
			if (picked.isPresent() && choices.slot() != null) {
				navigator.advance(turn, flow.get(), step.get(), choices.slot(),
						choices.choices().get(picked.getAsInt()).value());
				return true;
			}
			if (picked.isPresent()) {
				navigator.choose(turn, flow.get(), choices.choices().get(picked.getAsInt()));
				return true;
			}
		}
		else if (expect instanceof Expectation.Slot slot && !(session.stepInterrupted() && slot.type() == SlotType.TEXT)
				&& filledSlot(turn, flow.get(), step.get(), slot)) {
			return true;
		}
		if (session.stepInterrupted() || topics.clear(turn).isPresent() || isQuestion(utterance)) {
			return false;
		}
		navigator.retry(turn, flow.get(), step.get());
		return true;
	}

	/**
	 * The step's typed answer, if the message is one; a place is answered with the
	 * educators near it at once.
	 */
	private boolean filledSlot(Turn turn, Flow flow, Step step, Expectation.Slot slot) {
		if (TipsAnswers.reads(slot.type())) {
			return tipsAnswers.answer(turn, navigator, flow, step, slot);
		}
		LocalDate today = turn.message().receivedAt().atZone(engineSettings.zone()).toLocalDate();
		Optional<String> value = slots.read(slot.type(), turn.utterance(), today);
		if (value.isPresent()) {
			if (slot.type() == SlotType.TEXT) {
				turn.effect(new Effect.QuestionForTeam(value.get(), turn.language()));
			}
			if (slot.type() == SlotType.PLACE) {
				places.showFor(turn, value.get());
			}
			navigator.advance(turn, flow, step, slot.name(), value.get());
			return true;
		}
		return slot.type() == SlotType.PLACE && places.unknownZipAsked(turn, flow, step);
	}

	/**
	 * A message that reads as a question of its own rather than a failed answer: it goes
	 * to the topics (and to the team when no topic fits) instead of asking the step
	 * again.
	 */
	private static boolean isQuestion(Utterance utterance) {
		return utterance.raw().indexOf('?') >= 0 || TextFolding.wordCount(utterance.folded()) > QUESTION_WORDS;
	}

	private static List<Option> options(Expectation.Choices choices) {
		List<Option> options = new ArrayList<>(choices.choices().size());
		for (Choice choice : choices.choices()) {
			options.add(new Option(choice.label(), choice.synonyms()));
		}
		return options;
	}

}
