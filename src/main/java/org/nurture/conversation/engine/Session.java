package org.nurture.conversation.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.Target;

/**
 * Where one contact's conversation stands. Immutable; the engine returns a new one for
 * every message.
 *
 * @param language the language Nurture writes in
 * @param languageKnown whether the language was detected with confidence or chosen
 * (ENGLISH / ESPAÑOL); until then each message may still change it
 * @param flowId the flow whose step waits for an answer, or null
 * @param stepId that step, or null
 * @param slots what the parent answered in flows, by slot name
 * @param offered where the choices of the last reply lead, when they are not a step's own
 * choices
 * @param confirming the answer topic Nurture asked "Are you asking about ...?" for, or
 * null
 * @param stepInterrupted the parent asked something else while the step waited; BACK
 * shows the step again
 * @param disclaimerShown the health disclaimer was shown in this conversation
 * @param optedOut the contact said STOP (until START)
 * @param lastActivity when the last message arrived, or null for a new conversation
 */
public record Session(Language language, boolean languageKnown, String flowId, String stepId, Map<String, String> slots,
		List<Target> offered, String confirming, boolean stepInterrupted, boolean disclaimerShown, boolean optedOut,
		Instant lastActivity) {

	public Session {
		slots = Map.copyOf(slots);
		offered = List.copyOf(offered);
	}

	public static Session start(Language language) {
		return new Session(language, false, null, null, Map.of(), List.of(), null, false, false, false, null);
	}

	/**
	 * A fresh conversation that keeps what belongs to the person rather than the
	 * conversation.
	 */
	public Session restart() {
		return new Session(language, languageKnown, null, null, Map.of(), List.of(), null, false, false, optedOut,
				lastActivity);
	}

	public boolean inStep() {
		return stepId != null;
	}

	Session withLanguage(Language newLanguage, boolean known) {
		return new Session(newLanguage, known, flowId, stepId, slots, offered, confirming, stepInterrupted,
				disclaimerShown, optedOut, lastActivity);
	}

	Session atStep(String newFlowId, String newStepId) {
		return new Session(language, languageKnown, newFlowId, newStepId, slots, offered, confirming, false,
				disclaimerShown, optedOut, lastActivity);
	}

	Session withSlots(Map<String, String> newSlots) {
		return new Session(language, languageKnown, flowId, stepId, newSlots, offered, confirming, stepInterrupted,
				disclaimerShown, optedOut, lastActivity);
	}

	Session offering(List<Target> targets) {
		return new Session(language, languageKnown, flowId, stepId, slots, targets, confirming, stepInterrupted,
				disclaimerShown, optedOut, lastActivity);
	}

	Session confirming(String answerId) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, answerId, stepInterrupted,
				disclaimerShown, optedOut, lastActivity);
	}

	Session interrupted(boolean interrupted) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, interrupted,
				disclaimerShown, optedOut, lastActivity);
	}

	Session withDisclaimerShown() {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, stepInterrupted, true,
				optedOut, lastActivity);
	}

	Session withOptedOut(boolean newOptedOut) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, stepInterrupted,
				disclaimerShown, newOptedOut, lastActivity);
	}

	Session activeAt(Instant at) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, stepInterrupted,
				disclaimerShown, optedOut, at);
	}
}
