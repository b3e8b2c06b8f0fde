package org.nurture.educator;

/**
 * A point on the Earth in WGS84 degrees.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

	/** The mean Earth radius in statute miles (IUGG mean radius, 6371.0088 km). */
	static final double EARTH_RADIUS_MILES = 3958.7613;

	public GeoPoint {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("not a point on Earth: " + latitude + ", " + longitude);
		}
	}

	/** The great-circle distance in miles (haversine formula). */
	public double milesTo(GeoPoint other) {
		double lat1 = Math.toRadians(latitude);
		double lat2 = Math.toRadians(other.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(other.longitude - longitude);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
	}
}
