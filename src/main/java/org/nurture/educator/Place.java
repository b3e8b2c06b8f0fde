package org.nurture.educator;

import java.time.ZoneId;

/**
 * Where a parent looks for a class: a ZIP code or a city, with the point distances are
 * measured from. Only {@link #area()} is ever stored; never the point.
 *
 * @param label how the parent reads it back: {@code 02139} or {@code Austin, TX}
 * @param point its coordinates (the ZIP's internal point, the centroid of the city's ZIP
 * codes, or a shared location)
 * @param zip the five-digit ZIP code (for a shared location, the nearest one), or null
 * for a city
 * @param city the city's name as the gazetteer writes it
 * @param state the two-letter state or territory code
 * @param zone the IANA time zone: the ZIP code's (for a shared location, the nearest ZIP
 * code's), or for a city the one most of its ZIP codes have
 */
public record Place(String label, GeoPoint point, String zip, String city, String state, ZoneId zone) {

	/**
	 * What a referral records instead of the place: the ZIP's first three digits, or the
	 * state for a city.
	 */
	public String area() {
		return zip != null ? zip.substring(0, 3) : state;
	}
}
