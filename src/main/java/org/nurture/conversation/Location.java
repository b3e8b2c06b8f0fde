package org.nurture.conversation;

/**
 * A place a parent shared (a Telegram location), in WGS 84 degrees.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record Location(double latitude, double longitude) {

	public Location {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("not a place on Earth: " + latitude + ", " + longitude);
		}
	}
}
