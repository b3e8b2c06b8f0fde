package org.nurture.educator;

import java.util.List;

/**
 * One certified educator of the directory ({@code config/educators.csv}), validated.
 *
 * @param id the directory's stable id, recorded with referrals
 * @param name the name parents see
 * @param credential such as {@code CEIM}
 * @param phone a phone number, written as {@code 617-555-0101} whatever the CSV had, or
 * null
 * @param email an email address, or null
 * @param website a web address, or null
 * @param city the city they teach from
 * @param state the two-letter state code
 * @param zip the five-digit ZIP code they teach from
 * @param point where they teach from (the row's coordinates, else the ZIP's)
 * @param languages the languages they teach in, as codes ({@code en}, {@code es}), in the
 * CSV's order
 * @param offers how they teach
 * @param radiusMiles how far they travel or serve, or null for the search's radius
 * @param sample whether the row is fictional sample data (the {@code sample} column)
 */
public record Educator(String id, String name, String credential, String phone, String email, String website,
		String city, String state, String zip, GeoPoint point, List<String> languages, List<Offer> offers,
		Double radiusMiles, boolean sample) {

	public Educator {
		languages = List.copyOf(languages);
		offers = List.copyOf(offers);
	}

	public boolean speaks(String language) {
		return languages.contains(language);
	}

	public boolean teachesOnline() {
		return offers.contains(Offer.VIRTUAL);
	}
}
