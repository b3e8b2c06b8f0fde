package org.nurture.conversation.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.Target;
import org.nurture.subscription.Subscription;

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
 * @param subscription the parent's daily-tips subscription as last saved (active, paused
 * or ended), or null if they never had one; it belongs to the person, so a fresh
 * conversation keeps it
 * @param tipsAsked what a daily-tips question waits for ({@link TipsAsked}), or null
 */
public record Session(Language language, boolean languageKnown, String flowId, String stepId, Map<String, String> slots,
		List<Target> offered, String confirming, boolean stepInterrupted, boolean disclaimerShown, boolean optedOut,
		Instant lastActivity, Subscription subscription, TipsAsked tipsAsked) {

	public Session {
		slots = Map.copyOf(slots);
		offered = List.copyOf(offered);
	}

	public static Session start(Language language) {
		return new Session(language, false, null, null, Map.of(), List.of(), null, false, false, false, null, null,
				null);
	}

	/**
	 * A fresh conversation that keeps what belongs to the person rather than the
	 * conversation.
	 */
	public Session restart() {
		return new Session(language, languageKnown, null, null, Map.of(), List.of(), null, false, false, optedOut,
				lastActivity, subscription, null);
	}

	public boolean inStep() {
		return stepId != null;
	}

	Session withLanguage(Language newLanguage, boolean known) {
		return new Session(newLanguage, known, flowId, stepId, slots, offered, confirming, stepInterrupted,
				disclaimerShown, optedOut, lastActivity, subscription, tipsAsked);
	}

	Session atStep(String newFlowId, String newStepId) {
		return new Session(language, languageKnown, newFlowId, newStepId, slots, offered, confirming, false,
				disclaimerShown, optedOut, lastActivity, subscription, tipsAsked);
	}

	Session withSlots(Map<String, String> newSlots) {
		return new Session(language, languageKnown, flowId, stepId, newSlots, offered, confirming, stepInterrupted,
				disclaimerShown, optedOut, lastActivity, subscription, tipsAsked);
	}

	Session offering(List<Target> targets) {
		return new Session(language, languageKnown, flowId, stepId, slots, targets, confirming, stepInterrupted,
				disclaimerShown, optedOut, lastActivity, subscription, tipsAsked);
	}

	Session confirming(String answerId) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, answerId, stepInterrupted,
				disclaimerShown, optedOut, lastActivity, subscription, tipsAsked);
	}

	Session interrupted(boolean interrupted) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, interrupted,
				disclaimerShown, optedOut, lastActivity, subscription, tipsAsked);
	}

	Session withDisclaimerShown() {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, stepInterrupted, true,
				optedOut, lastActivity, subscription, tipsAsked);
	}

	Session withOptedOut(boolean newOptedOut) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, stepInterrupted,
				disclaimerShown, newOptedOut, lastActivity, subscription, tipsAsked);
	}

	Session activeAt(Instant at) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, stepInterrupted,
				disclaimerShown, optedOut, at, subscription, tipsAsked);
	}

	/**
	 * The same conversation with the subscription as it now is (as saved, when the
	 * service finds it changed outside the conversation).
	 */
	public Session withSubscription(Subscription newSubscription) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, stepInterrupted,
				disclaimerShown, optedOut, lastActivity, newSubscription, tipsAsked);
	}

	Session asking(TipsAsked asked) {
		return new Session(language, languageKnown, flowId, stepId, slots, offered, confirming, stepInterrupted,
				disclaimerShown, optedOut, lastActivity, subscription, asked);
	}

}
