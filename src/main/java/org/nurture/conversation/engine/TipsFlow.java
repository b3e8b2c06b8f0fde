package org.nurture.conversation.engine;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.conversation.Location;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.SlotType;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.understanding.BabyDate;
import org.nurture.conversation.understanding.Places;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.educator.GeoPoint;
import org.nurture.subscription.Cadence;
import org.nurture.subscription.Subscription;

/**
 * The daily-tips sign-up: the content's flow with the {@code subscribe} step. Its typed
 * answers are read here, so that a baby over two or a due date too far away is refused
 * kindly, a time outside the hours tips are sent is moved and the parent told, and a
 * Telegram location gives the time zone; every step shown is recorded as a consent event,
 * and only YES to the confirmation subscribes. The web chat, which cannot send a tip
 * later, says where tips come instead, and a subscriber asking again sees their settings.
 */
final class TipsFlow {

	/**
	 * The slot the confirmation writes when the first tip comes, for the steps after it.
	 */
	static final String FIRST_TIP_SLOT = "first_tip";

	private static final String CADENCE_SLOT = "cadence";

	private final Understanding understanding;

	private final TipsTexts texts;

	private final Places places;

	private final TimeZones zones;

	private final TodaysTip todaysTip;

	/** The flow with the subscribe step, or null when the content has none. */
	private final Flow flow;

	TipsFlow(Content content, Understanding understanding, TipsTexts texts, Places places, TimeZones zones,
			TodaysTip todaysTip) {
		this.understanding = understanding;
		this.texts = texts;
		this.places = places;
		this.zones = zones;
		this.todaysTip = todaysTip;
		this.flow = content.flows()
			.stream()
			.filter(candidate -> candidate.steps().stream().anyMatch(step -> step.action() == Step.Action.SUBSCRIBE))
			.findFirst()
			.orElse(null);
	}

	Optional<Flow> flow() {
		return Optional.ofNullable(flow);
	}

	boolean isSignUp(Flow candidate) {
		return candidate == flow;
	}

	/**
	 * Before the sign-up starts: the web chat says where tips come, and a subscriber sees
	 * their settings. True when one of them was said instead.
	 */
	boolean instead(Turn turn, Flow entered) {
		if (entered != flow) {
			return false;
		}
		Language language = turn.language();
		turn.update(turn.session().asking(null));
		if (turn.message().channel() == Channel.WEB) {
			turn.say(texts.text(TipsText.WEB, language), todaysTip.offer(language));
			return true;
		}
		Subscription subscription = turn.session().subscription();
		if (subscription != null && subscription.active()) {
			turn.say(texts.settings(subscription, turn.message().receivedAt(), language));
			return true;
		}
		return false;
	}

	/** A step of the sign-up was said: recorded word for word, with its choices. */
	void shown(Turn turn, Flow said, Step step, String text, List<String> choices) {
		if (said != flow) {
			return;
		}
		StringBuilder shown = new StringBuilder(text);
		for (int i = 0; i < choices.size(); i++) {
			shown.append('\n').append(i + 1).append(". ").append(choices.get(i));
		}
		turn.effect(new Effect.TipsConsent(Consent.TIPS_ASKED, step.id(), shown.toString()));
	}

	/**
	 * A location shared while the sign-up asks for the time zone: the zone where it is
	 * (outside the US: asked again).
	 */
	boolean locationShared(Turn turn, Navigator navigator) {
		Location location = turn.message().location();
		if (location == null || turn.session().optedOut()) {
			return false;
		}
		Optional<Flow> current = navigator.currentFlow(turn.session()).filter(candidate -> candidate == flow);
		Optional<Step> step = current.flatMap(found -> navigator.currentStep(turn.session()));
		if (step.isEmpty() || !(step.get().expect() instanceof Expectation.Slot slot)
				|| slot.type() != SlotType.TIME_ZONE) {
			return false;
		}
		Optional<ZoneId> zone = places.near(new GeoPoint(location.latitude(), location.longitude())).flatMap(zones::of);
		if (zone.isEmpty()) {
			navigator.retry(turn, flow, step.get());
			return true;
		}
		navigator.advance(turn, flow, step.get(), slot.name(), zone.get().getId());
		return true;
	}

	/**
	 * The confirmation: YES (or START) subscribes with the flow's answers; anything else
	 * declines. Each is recorded with the confirmation as shown. False when the message,
	 * declined, is also a question to answer.
	 */
	boolean confirm(Turn turn, Navigator navigator, Flow current, Step step, Expectation.Slot slot, boolean question) {
		Language language = turn.language();
		Map<String, String> values = turn.session().slots();
		String shown = navigator.said(turn, step);
		String said = turn.text();
		Optional<Boolean> yesNo = understanding.yesNo(turn.utterance());
		boolean yes = yesNo.orElse(false)
				|| ComplianceKeyword.of(said).map(keyword -> keyword.consent() == Consent.OPT_IN).orElse(false);
		Optional<Subscription> subscription = yes ? subscription(current, values, language) : Optional.empty();
		if (subscription.isEmpty()) {
			turn.effect(new Effect.TipsConsent(Consent.TIPS_NO, said, shown));
			navigator.advance(turn, current, step, slot.name(), "no");
			return yesNo.isPresent() || !question;
		}
		turn.effect(new Effect.TipsConsent(Consent.TIPS_YES, said, shown));
		turn.effect(new Effect.SubscriptionChanged(subscription.get()));
		Map<String, String> withFirst = new HashMap<>(values);
		withFirst.put(FIRST_TIP_SLOT, texts.next(subscription.get(), turn.message().receivedAt(), language));
		turn.update(turn.session().withSubscription(subscription.get()).withSlots(withFirst));
		navigator.advance(turn, current, step, slot.name(), "yes");
		return true;
	}

	/** The subscription the flow's answers make, if they are all there. */
	private Optional<Subscription> subscription(Flow current, Map<String, String> values, Language language) {
		Optional<BabyDate> baby = Optional.empty();
		LocalTime time = null;
		ZoneId zone = null;
		Cadence cadence = null;
		for (Step step : current.steps()) {
			if (step.expect() instanceof Expectation.Slot slot && values.containsKey(slot.name())) {
				String value = values.get(slot.name());
				switch (slot.type()) {
					case BIRTH_OR_DUE -> baby = TipsTexts.babyDate(value);
					case SEND_TIME -> time = LocalTime.parse(value);
					case TIME_ZONE -> zone = ZoneId.of(value);
					default -> {
					}
				}
			}
			if (step.expect() instanceof Expectation.Choices choices && CADENCE_SLOT.equals(choices.slot())
					&& values.containsKey(CADENCE_SLOT)) {
				cadence = cadence(values.get(CADENCE_SLOT));
			}
		}
		if (baby.isEmpty() || time == null || zone == null || cadence == null) {
			return Optional.empty();
		}
		return Optional
			.of(baby.get().due() ? Subscription.expecting(baby.get().date(), zone, time, cadence, language.code())
					: Subscription.born(baby.get().date(), zone, time, cadence, language.code()));
	}

	private static Cadence cadence(String value) {
		for (Cadence cadence : Cadence.values()) {
			if (cadence.name().equalsIgnoreCase(value)) {
				return cadence;
			}
		}
		return null;
	}

}
