package org.nurture.conversation.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.conversation.content.Answer;
import org.nurture.conversation.content.Choice;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.LocalizedText;
import org.nurture.conversation.content.MessageKey;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.content.Transition;

/**
 * Takes a conversation to an answer, a flow or a step, saying what each says on the way.
 */
final class Navigator {

	/**
	 * Steps without an expectation chain into each other; content validation rules out
	 * loops, this is a backstop.
	 */
	private static final int MAX_CHAINED_STEPS = 25;

	private final Content content;

	private final Slots slots;

	private final LocalizedText backLabel;

	private final TipsFlow tips;

	Navigator(Content content, Slots slots, TipsFlow tips) {
		this.content = content;
		this.slots = slots;
		this.tips = tips;
		this.backLabel = backLabel(content);
	}

	Slots slots() {
		return slots;
	}

	void go(Turn turn, Target target) {
		if (target instanceof Target.Answer answer) {
			content.answer(answer.answerId()).ifPresent(found -> answer(turn, found));
		}
		else if (target instanceof Target.Flow flow) {
			content.flow(flow.flowId())
				.filter(found -> !tips.instead(turn, found))
				.ifPresent(found -> enter(turn, found, found.firstStep()));
		}
		else if (target instanceof Target.Step step) {
			currentFlow(turn.session())
				.ifPresent(flow -> flow.step(step.stepId()).ifPresent(found -> enter(turn, flow, found)));
		}
	}

	/**
	 * Answers a topic. In the middle of a flow the step keeps waiting, and the reply
	 * offers to go back to it.
	 */
	void answer(Turn turn, Answer answer) {
		if (answer.startsFlow() != null) {
			go(turn, new Target.Flow(answer.startsFlow()));
			return;
		}
		Language language = turn.language();
		if (answer.health() && !turn.session().disclaimerShown()) {
			turn.say(content.settings().message(MessageKey.DISCLAIMER, language));
			turn.update(turn.session().withDisclaimerShown());
		}
		List<Target> offered = new ArrayList<>(answer.followups());
		String text = slots.fill(answer.text().in(language), turn.session().slots(), language);
		Session session = turn.session();
		Optional<Flow> flow = currentFlow(session);
		if (flow.isPresent()) {
			text = text + "\n\n"
					+ content.settings()
						.message(MessageKey.BACK_TO_FLOW, language)
						.replace("{flow}", flow.get().title().in(language));
			offered.add(new Target.Step(session.stepId()));
			session = session.interrupted(true);
		}
		turn.update(session.offering(offered));
		turn.say(text, labels(offered, language));
	}

	/**
	 * Says a step and those that follow it without waiting, until one waits for an answer
	 * or the flow ends.
	 */
	void enter(Turn turn, Flow flow, Step first) {
		Step step = first;
		for (int chained = 0; chained < MAX_CHAINED_STEPS && step != null; chained++) {
			Language language = turn.language();
			String text = said(turn, step);
			List<String> choices = step.expect() instanceof Expectation.Choices expected
					? choiceLabels(expected, language) : List.of();
			turn.say(text, choices);
			tips.shown(turn, flow, step, text, choices);
			if (step.expect() != null) {
				turn.update(turn.session().atStep(flow.id(), step.id()).offering(List.of()));
				return;
			}
			Target next = next(step, turn.session().slots());
			if (!(next instanceof Target.Step stepTarget)) {
				turn.update(turn.session().atStep(null, null));
				if (next != null) {
					go(turn, next);
				}
				return;
			}
			step = flow.step(stepTarget.stepId()).orElse(null);
		}
		turn.update(turn.session().atStep(null, null));
	}

	String message(MessageKey key, Language language) {
		return content.settings().message(key, language);
	}

	/** What the step says in the parent's language, with their answers filled in. */
	String said(Turn turn, Step step) {
		return slots.fill(step.say().in(turn.language()), turn.session().slots(), turn.language());
	}

	/** Moves on from a step whose slot was just filled. */
	void advance(Turn turn, Flow flow, Step step, String slotName, String value) {
		Map<String, String> values = new HashMap<>(turn.session().slots());
		values.put(slotName, value);
		turn.update(turn.session().withSlots(values));
		follow(turn, flow, next(step, values));
	}

	/** Goes where a chosen choice leads. */
	void choose(Turn turn, Flow flow, Choice choice) {
		follow(turn, flow, choice.target());
	}

	/** Says the step's retry text (or the default for its kind) and asks again. */
	void retry(Turn turn, Flow flow, Step step) {
		Language language = turn.language();
		String retry = step.retry() != null ? step.retry().in(language)
				: content.settings().message(retryKey(step.expect()), language);
		turn.say(retry);
		enter(turn, flow, step);
	}

	Optional<Flow> currentFlow(Session session) {
		return session.flowId() == null ? Optional.empty() : content.flow(session.flowId());
	}

	Optional<Step> currentStep(Session session) {
		return currentFlow(session).flatMap(flow -> flow.step(session.stepId()));
	}

	/** The label a parent sees for a choice leading to {@code target}. */
	LocalizedText label(Target target) {
		if (target instanceof Target.Answer answer) {
			return content.answer(answer.answerId()).map(Answer::title).orElseThrow();
		}
		if (target instanceof Target.Flow flow) {
			return content.flow(flow.flowId()).map(Flow::title).orElseThrow();
		}
		return backLabel;
	}

	List<String> labels(List<Target> targets, Language language) {
		List<String> labels = new ArrayList<>(targets.size());
		for (Target target : targets) {
			labels.add(label(target).in(language));
		}
		return labels;
	}

	private void follow(Turn turn, Flow flow, Target target) {
		if (target == null) {
			turn.update(turn.session().atStep(null, null));
		}
		else if (target instanceof Target.Step step) {
			flow.step(step.stepId()).ifPresent(found -> enter(turn, flow, found));
		}
		else {
			turn.update(turn.session().atStep(null, null));
			go(turn, target);
		}
	}

	private Target next(Step step, Map<String, String> values) {
		for (Transition transition : step.next()) {
			if (transition.when() == null || slots.holds(transition.when(), values)) {
				return transition.target();
			}
		}
		return null;
	}

	/** "Back" in each language: the first back word of the settings, capitalized. */
	private static LocalizedText backLabel(Content content) {
		Map<Language, String> labels = new HashMap<>();
		content.settings().backWords().forEach((language, words) -> {
			if (!words.isEmpty()) {
				String word = words.get(0);
				labels.put(language, Character.toUpperCase(word.charAt(0)) + word.substring(1));
			}
		});
		return new LocalizedText(labels);
	}

	private static List<String> choiceLabels(Expectation.Choices choices, Language language) {
		List<String> labels = new ArrayList<>(choices.choices().size());
		for (Choice choice : choices.choices()) {
			labels.add(choice.label().in(language));
		}
		return labels;
	}

	private static MessageKey retryKey(Expectation expectation) {
		if (expectation instanceof Expectation.Slot slot) {
			return switch (slot.type()) {
				case ZIP, PLACE, TIME_ZONE -> MessageKey.RETRY_ZIP;
				case BABY_AGE, BIRTH_OR_DUE -> MessageKey.RETRY_BABY_AGE;
				case DATE -> MessageKey.RETRY_DATE;
				case TIME, SEND_TIME -> MessageKey.RETRY_TIME;
				case YES_NO -> MessageKey.RETRY_YES_NO;
				case TEXT -> MessageKey.RETRY_CHOICE;
			};
		}
		return MessageKey.RETRY_CHOICE;
	}

}
