package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTimeZoneTests {

	static final Gazetteer GAZETTEER = Gazetteer.shared();

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource({ "10001, New York NY, America/New_York", "60601, Chicago IL, America/Chicago",
			"80202, Denver CO, America/Denver", "85004, Phoenix AZ, America/Phoenix",
			"96813, Honolulu HI, Pacific/Honolulu", "99501, Anchorage AK, America/Anchorage",
			"00901, San Juan PR, America/Puerto_Rico", "46204, Indianapolis IN, America/Indiana/Indianapolis",
			"97201, Portland OR, America/Los_Angeles", "83702, Boise ID, America/Boise",
			"32501, Pensacola FL, America/Chicago", "00802, St Thomas VI, America/St_Thomas",
			"96910, Hagatna GU, Pacific/Guam", "96799, Pago Pago AS, Pacific/Pago_Pago",
			"96950, Saipan MP, Pacific/Saipan" })
	void aZipCodeHasTheZoneItLiesIn(String zip, String where, String zone) {
		assertThat(GAZETTEER.zone(zip)).contains(ZoneId.of(zone));
		assertThat(GAZETTEER.zip(zip).orElseThrow().zone()).isEqualTo(ZoneId.of(zone));
	}

	@Test
	void phoenixKeepsStandardTimeAllYear() {
		ZoneId phoenix = GAZETTEER.zone("85004").orElseThrow();
		assertThat(phoenix.getRules().isDaylightSavings(Instant.parse("2025-07-01T12:00:00Z"))).isFalse();
		assertThat(GAZETTEER.zone("80202")
			.orElseThrow()
			.getRules()
			.isDaylightSavings(Instant.parse("2025-07-01T12:00:00Z"))).isTrue();
	}

	@Test
	void anUnknownZipCodeHasNoZone() {
		assertThat(GAZETTEER.zone("00000")).isEmpty();
		assertThat(GAZETTEER.zone("1000")).isEmpty();
	}

	@Test
	void aCityHasTheZoneOfMostOfItsZipCodes() {
		assertThat(GAZETTEER.city("phoenix", "AZ").orElseThrow().zone()).isEqualTo(ZoneId.of("America/Phoenix"));
		assertThat(GAZETTEER.city("indianapolis", null).orElseThrow().zone())
			.isEqualTo(ZoneId.of("America/Indiana/Indianapolis"));
		assertThat(GAZETTEER.city("el paso", "TX").orElseThrow().zone()).isEqualTo(ZoneId.of("America/Denver"));
		assertThat(GAZETTEER.city("houston", "TX").orElseThrow().zone()).isEqualTo(ZoneId.of("America/Chicago"));
		assertThat(GAZETTEER.city("pensacola", "FL").orElseThrow().zone()).isEqualTo(ZoneId.of("America/Chicago"));
		assertThat(GAZETTEER.city("san juan", "PR").orElseThrow().zone()).isEqualTo(ZoneId.of("America/Puerto_Rico"));
	}

	@Test
	void aSharedLocationHasTheNearestZipCodesZone() {
		Place tucson = GAZETTEER.near(new GeoPoint(32.2226, -110.9747), 25).orElseThrow();
		assertThat(tucson.zone()).isEqualTo(ZoneId.of("America/Phoenix"));
		Place juneau = GAZETTEER.near(new GeoPoint(58.3019, -134.4197), 25).orElseThrow();
		assertThat(juneau.zone()).isEqualTo(ZoneId.of("America/Juneau"));
	}

	@Test
	void zipCodesOfOneZoneShareOneZoneId() {
		assertThat(GAZETTEER.zone("10001").orElseThrow()).isSameAs(GAZETTEER.zone("02139").orElseThrow());
	}

	/**
	 * Read straight from the bundled file: each row names a zone that {@link ZoneId#of}
	 * knows, and the gazetteer gives that zone for its ZIP code.
	 */
	@Test
	void everyRowOfTheGazetteerHasAValidZone() throws IOException {
		List<String> problems = new ArrayList<>();
		int rows = 0;
		try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE);
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
			assertThat(reader.readLine()).isEqualTo("zip,latitude,longitude,city,state,time_zone");
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				rows++;
				String[] fields = line.split(",", -1);
				if (fields.length != 6 || fields[5].isBlank()) {
					problems.add("no zone: " + line);
					continue;
				}
				try {
					ZoneId zone = ZoneId.of(fields[5]);
					if (!GAZETTEER.zone(fields[0]).equals(Optional.of(zone))) {
						problems.add("loaded as " + GAZETTEER.zone(fields[0]) + ": " + line);
					}
				}
				catch (DateTimeException ex) {
					problems.add(ex.getMessage() + ": " + line);
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(rows).isEqualTo(GAZETTEER.size()).isEqualTo(42_254);
	}

	@Test
	void aRowWithoutAZoneIsRefused() {
		String csv = "zip,latitude,longitude,city,state,time_zone\n" + "10001,40.7503,-73.9967,New York,NY,\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("Line 2");
	}

}
