package org.nurture.conversation.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.contact.Channel;
import org.nurture.conversation.Location;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;
import org.nurture.educator.EducatorSearch;
import org.nurture.educator.GeoPoint;
import org.nurture.educator.Place;
import org.nurture.educator.Places;
import org.nurture.educator.Referral;
import org.nurture.educator.ReferralText;

/**
 * Says the educators near a place, in the same turn: the search is an in-memory lookup, so the engine stays pure. It
 * asks for the referral to be recorded (as an area, never the place) and remembers where the parent looked, so
 * "more" shows the next ones.
 */
final class EducatorReferrals {

	/** Hidden slots: the place last searched (its label) and how many educators were shown for it. */
	static final String PLACE_SLOT = "educators_place";

	static final String SHOWN_SLOT = "educators_shown";

	private final EducatorSearch search;

	private final Understanding understanding;

	private final List<String> moreWords;

	EducatorReferrals(EducatorSearch search, Understanding understanding) {
		this.search = search;
		this.understanding = understanding;
		List<String> words = new ArrayList<>(ReferralText.moreWords());
		for (Language language : Language.values()) {
			words.add(ReferralText.moreLabel(language.code()));
		}
		this.moreWords = List.copyOf(words);
	}

	Optional<Place> place(Utterance utterance, boolean answer) {
		return search.place(utterance.raw(), answer);
	}

	/** A location the parent shared. */
	Optional<Place> place(Location location) {
		return search.near(new GeoPoint(location.latitude(), location.longitude()));
	}

	/** A place's label, as stored in a {@code place} slot, back to the place. */
	Optional<Place> place(String label) {
		return search.place(label, true);
	}

	/** A ZIP code written in the message that the gazetteer does not know. */
	Optional<String> unknownZip(Utterance utterance) {
		return Places.zipIn(utterance.raw()).filter(zip -> search.place(zip, true).isEmpty());
	}

	void unknownZip(Turn turn, String zip) {
		turn.say(ReferralText.unknownZip(zip, turn.language().code()));
	}

	/** Shows the first educators for the place. */
	void show(Turn turn, Place place, Channel channel) {
		show(turn, place, channel, 0);
	}

	/** "More" after a referral: the next educators for the same place; false when the message is not that. */
	boolean more(Turn turn, Utterance utterance, Channel channel) {
		Map<String, String> slots = turn.session().slots();
		String shown = slots.get(SHOWN_SLOT);
		if (shown == null || !understanding.isOneOf(utterance, moreWords)) {
			return false;
		}
		Optional<Place> place = search.place(slots.get(PLACE_SLOT), true);
		if (place.isEmpty()) {
			return false;
		}
		show(turn, place.get(), channel, Integer.parseInt(shown));
		return true;
	}

	private void show(Turn turn, Place place, Channel channel, int offset) {
		String language = turn.language().code();
		Referral referral = search.nearest(place, language, offset);
		List<String> choices = referral.more() ? List.of(ReferralText.moreLabel(language)) : List.of();
		turn.say(ReferralText.of(referral, language, channel == Channel.SMS), choices);
		Map<String, String> slots = new HashMap<>(turn.session().slots());
		slots.put(PLACE_SLOT, place.label());
		if (referral.more()) {
			slots.put(SHOWN_SLOT, String.valueOf(offset + referral.matches().size()));
		}
		else {
			slots.remove(SHOWN_SLOT);
		}
		turn.update(turn.session().withSlots(slots));
		turn.effect(new Effect.ReferralMade(place.area(), referral.educatorIds(), referral.nearby(),
				referral.sample(), turn.language()));
	}
}
