package org.nurture.conversation.engine;

import java.time.ZoneId;
import java.util.Optional;

import org.nurture.educator.Gazetteer;
import org.nurture.educator.Place;

/**
 * A parent's time zone from where they are: a ZIP code, a city or a shared location, each
 * as the gazetteer places it (the zone its point lies in).
 */
final class TimeZones {

	private final Gazetteer gazetteer;

	TimeZones(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** The ZIP code's zone, if the gazetteer knows the ZIP code. */
	Optional<ZoneId> ofZip(String zip) {
		return gazetteer.zone(zip);
	}

	/** The place's zone. */
	Optional<ZoneId> of(Place place) {
		return Optional.ofNullable(place.zone());
	}

}
