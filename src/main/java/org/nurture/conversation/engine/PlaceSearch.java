package org.nurture.conversation.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.conversation.Location;
import org.nurture.conversation.content.Answer;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.SlotType;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.content.Target;
import org.nurture.conversation.understanding.Places;
import org.nurture.conversation.understanding.ScoredTopic;
import org.nurture.conversation.understanding.ZipCodes;
import org.nurture.educator.GeoPoint;
import org.nurture.educator.Place;

/**
 * A parent looking for a class, wherever the conversation is: a shared location, a
 * question that already says the place ("classes in Denver?"), a message of just a ZIP
 * code, the answer to a flow's "ZIP code or city?". Each goes straight to the educators
 * near the place, through the content's flow that asks for a place, so what the flow says
 * after the educators follows as usual.
 */
final class PlaceSearch {

	/**
	 * A ZIP code with at most this many other words ("my zip is 02139") is a message of
	 * just a ZIP code.
	 */
	private static final int BARE_ZIP_WORDS = 3;

	private final Content content;

	private final Places places;

	private final Navigator navigator;

	private final EducatorReferrals referrals;

	/**
	 * The first flow that starts by asking for a place, which a message of just a ZIP
	 * code starts.
	 */
	private final Optional<Flow> placeFlow;

	/**
	 * By answer id, the flow asking for a place that the answer leads to (see
	 * {@link #placeFlowOf}), if any.
	 */
	private final Map<String, Flow> placeFlows = new HashMap<>();

	PlaceSearch(Content content, Places places, Navigator navigator, EducatorReferrals referrals) {
		this.content = content;
		this.places = places;
		this.navigator = navigator;
		this.referrals = referrals;
		this.placeFlow = content.flows().stream().filter(PlaceSearch::asksPlace).findFirst();
		for (Answer answer : content.answers()) {
			placeFlowOf(answer).ifPresent(flow -> placeFlows.put(answer.id(), flow));
		}
	}

	/**
	 * A shared location (Telegram): the answer to the place step waiting for one, or else
	 * a search from the content's first place flow. Outside the US, the step's retry.
	 * False when the content has no place flow.
	 */
	boolean locationShared(Turn turn) {
		Location location = turn.message().location();
		if (location == null || turn.session().optedOut()) {
			return false;
		}
		Optional<Flow> waiting = navigator.currentFlow(turn.session())
			.filter(flow -> navigator.currentStep(turn.session()).map(step -> asksPlace(step)).orElse(false));
		Optional<Flow> flow = waiting.isPresent() ? waiting : placeFlow;
		if (flow.isEmpty()) {
			return false;
		}
		Step step = waiting.isPresent() ? navigator.currentStep(turn.session()).orElseThrow() : flow.get().firstStep();
		Optional<Place> place = places.near(new GeoPoint(location.latitude(), location.longitude()));
		if (place.isEmpty()) {
			turn.update(turn.session().atStep(flow.get().id(), step.id()));
			navigator.retry(turn, flow.get(), step);
			return true;
		}
		showAt(turn, flow.get(), step, place.get());
		return true;
	}

	/**
	 * A question whose likeliest topic leads to a flow asking for a place (it starts the
	 * flow, or offers it next), and that already says the place ("classes in Denver?",
	 * "hay clases cerca de Miami", "any class near 78701"): the flow's question is
	 * skipped and the educators are shown at once, even when the place's own words leave
	 * the topic unsure.
	 */
	boolean withTopic(Turn turn, List<ScoredTopic> ranked) {
		Flow flow = ranked.isEmpty() ? null : placeFlows.get(ranked.get(0).answerId());
		if (flow == null) {
			return false;
		}
		Optional<Place> place = places.find(turn.utterance().raw(), false);
		if (place.isPresent()) {
			showAt(turn, flow, flow.firstStep(), place.get());
			return true;
		}
		return unknownZipAsked(turn, flow, flow.firstStep());
	}

	/**
	 * A message that is only a ZIP code ("78701", "zip 02139"), which nothing else
	 * answered: a parent looking for a class, most likely. The content's first flow
	 * asking for a place takes it.
	 */
	boolean bareZip(Turn turn) {
		Optional<String> zip = ZipCodes.in(turn.utterance().raw());
		if (placeFlow.isEmpty() || zip.isEmpty()) {
			return false;
		}
		String rest = turn.utterance().folded().replaceAll("[0-9]+", " ").strip();
		if (!rest.isEmpty() && rest.split(" +").length > BARE_ZIP_WORDS) {
			return false;
		}
		Flow flow = placeFlow.get();
		Optional<Place> place = places.find(zip.get(), true);
		if (place.isPresent()) {
			showAt(turn, flow, flow.firstStep(), place.get());
		}
		else {
			referrals.unknownZip(turn, zip.get());
			navigator.enter(turn, flow, flow.firstStep());
		}
		return true;
	}

	/**
	 * A place step answered: the educators near the place, before what the flow says
	 * next.
	 */
	void showFor(Turn turn, String placeLabel) {
		referrals.show(turn, placeLabel);
	}

	/**
	 * A ZIP code the gazetteer does not know, for the step asking for a place: says so
	 * and asks again.
	 */
	boolean unknownZipAsked(Turn turn, Flow flow, Step step) {
		Optional<String> zip = ZipCodes.in(turn.utterance().raw()).filter(found -> places.find(found, true).isEmpty());
		if (zip.isEmpty()) {
			return false;
		}
		referrals.unknownZip(turn, zip.get());
		navigator.enter(turn, flow, step);
		return true;
	}

	/**
	 * Enters the flow at its place step and answers it with the place: the educators,
	 * then what follows.
	 */
	private void showAt(Turn turn, Flow flow, Step step, Place place) {
		Expectation.Slot slot = (Expectation.Slot) step.expect();
		turn.update(turn.session().atStep(flow.id(), step.id()).offering(List.of()));
		referrals.show(turn, place);
		navigator.advance(turn, flow, step, slot.name(), place.label());
	}

	/**
	 * The flow the answer starts or offers first whose first step asks for a place, if
	 * any; known at start.
	 */
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
		return flowIds.stream()
			.flatMap(flowId -> content.flow(flowId).stream())
			.filter(PlaceSearch::asksPlace)
			.findFirst();
	}

	private static boolean asksPlace(Flow flow) {
		return asksPlace(flow.firstStep());
	}

	private static boolean asksPlace(Step step) {
		return step.expect() instanceof Expectation.Slot slot && slot.type() == SlotType.PLACE;
	}

}
