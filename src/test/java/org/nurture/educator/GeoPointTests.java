package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GeoPointTests {

	/** Published great-circle distances between city centres, in miles; within 1%. */
	@ParameterizedTest(name = "{0} to {3}: {6} mi")
	@CsvSource({ "New York,40.7128,-74.0060,Los Angeles,34.0522,-118.2437,2446",
			"Boston,42.3601,-71.0589,New York,40.7128,-74.0060,190", "London,51.5074,-0.1278,Paris,48.8566,2.3522,213",
			"Seattle,47.6062,-122.3321,Portland,45.5152,-122.6784,145",
			"Austin,30.2672,-97.7431,Dallas,32.7767,-96.7970,182",
			"Miami,25.7617,-80.1918,Orlando,28.5384,-81.3789,205" })
	void distancesMatchKnownCityPairs(String from, double fromLat, double fromLon, String to, double toLat,
			double toLon, double miles) {
		GeoPoint a = new GeoPoint(fromLat, fromLon);
		GeoPoint b = new GeoPoint(toLat, toLon);
		assertThat(a.milesTo(b)).isCloseTo(miles, within(miles * 0.01));
		assertThat(b.milesTo(a)).isCloseTo(a.milesTo(b), within(1e-9));
	}

	@Test
	void aPointIsNoDistanceFromItself() {
		GeoPoint cambridge = new GeoPoint(42.3646, -71.1028);
		assertThat(cambridge.milesTo(cambridge)).isZero();
	}

	@Test
	void antipodesAreHalfTheEarthAway() {
		assertThat(new GeoPoint(0, 0).milesTo(new GeoPoint(0, 180))).isCloseTo(Math.PI * 3958.7613, within(0.01));
	}

	@Test
	void refusesAPointOffTheEarth() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -181));
	}

}
