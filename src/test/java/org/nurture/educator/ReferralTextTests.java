package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferralTextTests {

	static final EducatorDirectory SAMPLE = new EducatorDirectory(Path.of("config/educators.csv"), Gazetteer.shared(),
			50, Clock.systemUTC());

	/** An SMS of up to 3 segments of 153 characters, as the content rules allow. */
	static final int SMS_LIMIT = 459;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "02139", "10027", "Austin, TX", "Los Angeles", "Miami", "Chicago", "Denver",
			"San Juan, PR", "Billings, MT", "Anchorage, AK", "78207" })
	void everyReferralFitsThreeSmsSegmentsInBothLanguages(String where) {
		Place place = SAMPLE.place(where, true).orElseThrow();
		for (String language : List.of("en", "es")) {
			for (int offset : new int[] { 0, 3 }) {
				Referral referral = SAMPLE.nearest(place, language, offset);
				String text = ReferralText.of(referral, language, true)
						+ (referral.more() ? "\n1. " + ReferralText.moreLabel(language) : "");
				assertThat(text.length()).as(text).isLessThanOrEqualTo(SMS_LIMIT);
				assertThat(text).doesNotContain("\u2019", "\u2014", "\u2026");
			}
		}
	}

	@Test
	void aListWithSampleEntriesSaysItIsSampleData() {
		Place place = SAMPLE.place("02139", true).orElseThrow();
		assertThat(ReferralText.of(SAMPLE.nearest(place, "en", 0), "en", true))
			.endsWith("(Sample data: fictional educators, for trying Nurture out.)");
		assertThat(ReferralText.of(SAMPLE.nearest(place, "es", 0), "es", false))
			.endsWith("(Datos de ejemplo: educadores ficticios, solo para probar.)");
	}

	@Test
	void aRealDirectoryEntryCarriesNoSampleNote() {
		Educator real = new Educator("r-1", "Real Person", "CEIM", "617-555-0100", null, null, "Cambridge", "MA",
				"02139", new GeoPoint(42.36, -71.1), List.of("en"), List.of(Offer.PRIVATE), null, false);
		Place place = Gazetteer.shared().zip("02139").orElseThrow();
		String text = ReferralText.of(new Directory(List.of(real)).nearest(place, "en", 0, 3, 50), "en", true);
		assertThat(text).isEqualTo("Certified educators (CEIM) near 02139:\n"
				+ "1. Real Person, Cambridge <1 mi. private. English. 617-555-0100");
	}

	@Test
	void moreIsAskedForInEitherLanguageOrWithTheChoicesNumber() {
		assertThat(ReferralText.moreWords()).contains("1", "more", "mas", "ver mas");
		assertThat(ReferralText.moreLabel("es")).isEqualTo("Más educadores");
	}

	@Test
	void nobodyAtAllPointsToTheOrganizationsDirectory() {
		Place place = Gazetteer.shared().zip("02139").orElseThrow();
		assertThat(ReferralText.of(Directory.empty().nearest(place, "es", 0, 3, 50), "es", true))
			.isEqualTo("No encontré educadores certificados cerca de 02139 en nuestra lista. "
					+ "Busca en el directorio completo en infantmassageusa.org.");
	}
}
