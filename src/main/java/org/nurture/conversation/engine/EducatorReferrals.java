package org.nurture.conversation.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.contact.Channel;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.understanding.Places;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.educator.EducatorSearch;
import org.nurture.educator.Place;
import org.nurture.educator.Referral;

/**
 * Says the educators near a place, in the same turn: the search is an in-memory lookup,
 * so the engine stays pure. It asks for the referral to be recorded (as an area, never
 * the place) and remembers where the parent looked, so "more" shows the next ones.
 */
final class EducatorReferrals {

	/**
	 * Hidden slots: the place last searched (its label) and how many educators were shown
	 * for it.
	 */
	static final String PLACE_SLOT = "educators_place";

	static final String SHOWN_SLOT = "educators_shown";

	/** The number of the only choice under a referral, "more". */
	private static final String ONLY_CHOICE = "1";

	private final EducatorSearch search;

	private final Places places;

	private final Understanding understanding;

	private final ReferralReply reply;

	/**
	 * The words that ask for more, in every language, with the choice's label and number.
	 */
	private final List<String> moreWords;

	EducatorReferrals(Content content, EducatorSearch search, Places places, Understanding understanding) {
		this.search = search;
		this.places = places;
		this.understanding = understanding;
		this.reply = new ReferralReply(content.referrals());
		List<String> words = new ArrayList<>();
		words.add(ONLY_CHOICE);
		for (Language language : Language.values()) {
			words.addAll(content.referrals().moreWords().getOrDefault(language, List.of()));
		}
		for (Language language : Language.values()) {
			words.add(reply.moreLabel(language));
		}
		this.moreWords = List.copyOf(words);
	}

	/** Shows the first educators for the place. */
	void show(Turn turn, Place place) {
		show(turn, place, 0);
	}

	/**
	 * A place's label, as stored in a {@code place} slot, back to the place, and its
	 * educators shown.
	 */
	void show(Turn turn, String label) {
		places.find(label, true).ifPresent(place -> show(turn, place));
	}

	void unknownZip(Turn turn, String zip) {
		turn.say(reply.unknownZip(zip, turn.language()));
	}

	/**
	 * "More" after a referral: the next educators for the same place; false when the
	 * message is not that.
	 */
	boolean more(Turn turn) {
		Map<String, String> slots = turn.session().slots();
		String shown = slots.get(SHOWN_SLOT);
		if (turn.session().inStep() || shown == null || !understanding.isOneOf(turn.utterance(), moreWords)) {
			return false;
		}
		Optional<Place> place = places.find(slots.get(PLACE_SLOT), true);
		if (place.isEmpty()) {
			return false;
		}
		show(turn, place.get(), Integer.parseInt(shown));
		return true;
	}

	private void show(Turn turn, Place place, int offset) {
		Language language = turn.language();
		Referral referral = search.nearest(place, language.code(), offset);
		List<String> choices = referral.more() ? List.of(reply.moreLabel(language)) : List.of();
		turn.say(reply.of(referral, language, turn.message().channel() == Channel.SMS), choices);
		Map<String, String> slots = new HashMap<>(turn.session().slots());
		slots.put(PLACE_SLOT, place.label());
		if (referral.more()) {
			slots.put(SHOWN_SLOT, String.valueOf(offset + referral.matches().size()));
		}
		else {
			slots.remove(SHOWN_SLOT);
		}
		turn.update(turn.session().withSlots(slots));
		turn.effect(new Effect.ReferralMade(place.area(), referral.educatorIds(), referral.nearby(), referral.sample(),
				language));
	}

}
