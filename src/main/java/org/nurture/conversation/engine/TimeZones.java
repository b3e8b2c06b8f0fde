package org.nurture.conversation.engine;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.nurture.educator.Gazetteer;
import org.nurture.educator.Place;

/**
 * A parent's time zone from where they are: a ZIP code, a city or a shared location.
 * Until the gazetteer carries each ZIP code's own zone, a place's zone is its state's
 * main one.
 */
final class TimeZones {

	private static final ZoneId EASTERN = ZoneId.of("America/New_York");

	private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

	private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");

	private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

	private static final Map<String, ZoneId> BY_STATE = Map.ofEntries(Map.entry("AL", CENTRAL),
			Map.entry("AK", ZoneId.of("America/Anchorage")), Map.entry("AZ", ZoneId.of("America/Phoenix")),
			Map.entry("AR", CENTRAL), Map.entry("CA", PACIFIC), Map.entry("CO", MOUNTAIN), Map.entry("CT", EASTERN),
			Map.entry("DE", EASTERN), Map.entry("DC", EASTERN), Map.entry("FL", EASTERN), Map.entry("GA", EASTERN),
			Map.entry("HI", ZoneId.of("Pacific/Honolulu")), Map.entry("ID", ZoneId.of("America/Boise")),
			Map.entry("IL", CENTRAL), Map.entry("IN", ZoneId.of("America/Indiana/Indianapolis")),
			Map.entry("IA", CENTRAL), Map.entry("KS", CENTRAL), Map.entry("KY", EASTERN), Map.entry("LA", CENTRAL),
			Map.entry("ME", EASTERN), Map.entry("MD", EASTERN), Map.entry("MA", EASTERN),
			Map.entry("MI", ZoneId.of("America/Detroit")), Map.entry("MN", CENTRAL), Map.entry("MS", CENTRAL),
			Map.entry("MO", CENTRAL), Map.entry("MT", MOUNTAIN), Map.entry("NE", CENTRAL), Map.entry("NV", PACIFIC),
			Map.entry("NH", EASTERN), Map.entry("NJ", EASTERN), Map.entry("NM", MOUNTAIN), Map.entry("NY", EASTERN),
			Map.entry("NC", EASTERN), Map.entry("ND", CENTRAL), Map.entry("OH", EASTERN), Map.entry("OK", CENTRAL),
			Map.entry("OR", PACIFIC), Map.entry("PA", EASTERN), Map.entry("RI", EASTERN), Map.entry("SC", EASTERN),
			Map.entry("SD", CENTRAL), Map.entry("TN", CENTRAL), Map.entry("TX", CENTRAL), Map.entry("UT", MOUNTAIN),
			Map.entry("VT", EASTERN), Map.entry("VA", EASTERN), Map.entry("WA", PACIFIC), Map.entry("WV", EASTERN),
			Map.entry("WI", CENTRAL), Map.entry("WY", MOUNTAIN), Map.entry("PR", ZoneId.of("America/Puerto_Rico")),
			Map.entry("VI", ZoneId.of("America/St_Thomas")), Map.entry("GU", ZoneId.of("Pacific/Guam")),
			Map.entry("AS", ZoneId.of("Pacific/Pago_Pago")), Map.entry("MP", ZoneId.of("Pacific/Saipan")));

	private final Gazetteer gazetteer;

	TimeZones(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** The ZIP code's zone, if the gazetteer knows the ZIP code. */
	Optional<ZoneId> ofZip(String zip) {
		return gazetteer.zip(zip).flatMap(this::of);
	}

	/** The place's zone. */
	Optional<ZoneId> of(Place place) {
		return Optional.ofNullable(BY_STATE.get(place.state()));
	}

}
