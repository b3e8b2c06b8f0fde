package org.nurture.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.LocalizedText;
import org.nurture.conversation.content.ReferralText;
import org.nurture.conversation.content.ReferralTexts;
import org.nurture.conversation.understanding.Places;
import org.nurture.educator.Directory;
import org.nurture.educator.Educator;
import org.nurture.educator.EducatorDirectory;
import org.nurture.educator.Gazetteer;
import org.nurture.educator.GeoPoint;
import org.nurture.educator.Offer;
import org.nurture.educator.Place;
import org.nurture.educator.Referral;

/**
 * Referrals as parents read them, in the real content's words
 * ({@code conversations/referrals.yml}).
 */
class ReferralReplyTests {

	static final Content CONTENT = new ContentLoader().load(Path.of("conversations"));

	static final ReferralReply REPLY = new ReferralReply(CONTENT.referrals());

	static final Places PLACES = new Places(CONTENT.lexicon(), Gazetteer.shared());

	static final EducatorDirectory SAMPLE = new EducatorDirectory(Path.of("config/educators.csv"), Gazetteer.shared(),
			50, Clock.systemUTC());

	/** An SMS of up to 3 segments of 153 characters, as the content rules allow. */
	static final int SMS_LIMIT = 459;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "02139", "10027", "Austin, TX", "Los Angeles", "Miami", "Chicago", "Denver",
			"San Juan, PR", "Billings, MT", "Anchorage, AK", "78207" })
	void everyReferralFitsThreeSmsSegmentsInBothLanguages(String where) {
		Place place = PLACES.find(where, true).orElseThrow();
		for (Language language : List.of(Language.EN, Language.ES)) {
			for (int offset : new int[] { 0, 3 }) {
				Referral referral = SAMPLE.nearest(place, language.code(), offset);
				String text = REPLY.of(referral, language, true)
						+ (referral.more() ? "\n1. " + REPLY.moreLabel(language) : "");
				assertThat(text.length()).as(text).isLessThanOrEqualTo(SMS_LIMIT);
				assertThat(text).doesNotContain("\u2019", "\u2014", "\u2026");
			}
		}
	}

	@Test
	void aListWithSampleEntriesSaysItIsSampleData() {
		Place place = PLACES.find("02139", true).orElseThrow();
		assertThat(REPLY.of(SAMPLE.nearest(place, "en", 0), Language.EN, true))
			.endsWith("(Sample data: fictional educators, for trying Nurture out.)");
		assertThat(REPLY.of(SAMPLE.nearest(place, "es", 0), Language.ES, false))
			.endsWith("(Datos de ejemplo: educadores ficticios, solo para probar.)");
	}

	@Test
	void aRealDirectoryEntryCarriesNoSampleNote() {
		Educator real = new Educator("r-1", "Real Person", "CEIM", "617-555-0100", null, null, "Cambridge", "MA",
				"02139", new GeoPoint(42.36, -71.1), List.of("en"), List.of(Offer.PRIVATE), null, false);
		Place place = Gazetteer.shared().zip("02139").orElseThrow();
		String text = REPLY.of(new Directory(List.of(real)).nearest(place, "en", 0, 3, 50), Language.EN, true);
		assertThat(text).isEqualTo("Certified educators (CEIM) near 02139:\n"
				+ "1. Real Person, Cambridge <1 mi. private. English. 617-555-0100");
	}

	@Test
	void whereThereIsRoomEachEducatorTakesThreeLinesWithEveryWayToReachThem() {
		Educator real = new Educator("r-2", "Ana Real", "CEIM", "617-555-0100", "ana@example.org",
				"https://example.org/ana", "Cambridge", "MA", "02139", new GeoPoint(42.36, -71.1), List.of("es", "fr"),
				List.of(Offer.GROUP, Offer.IN_HOME), null, false);
		Place place = Gazetteer.shared().zip("02139").orElseThrow();
		String text = REPLY.of(new Directory(List.of(real)).nearest(place, "es", 0, 3, 50), Language.ES, false);
		assertThat(text).isEqualTo(
				"Educadores certificados (CEIM) cerca de 02139:\n" + "1. Ana Real, CEIM - Cambridge, MA (<1 mi)\n"
						+ "   En grupo, a domicilio. Idiomas: español, francés.\n"
						+ "   617-555-0100 | ana@example.org | https://example.org/ana");
	}

	@Test
	void whatParentsReadIsWhatTheContentSays() {
		Map<ReferralText, LocalizedText> texts = new HashMap<>(CONTENT.referrals().texts());
		texts.put(ReferralText.NEARBY, LocalizedText.of("Teachers close to {place}:", "Maestras cerca de {place}:"));
		texts.put(ReferralText.SMS_ENTRY,
				LocalizedText.of("{name} ({distance}): {contact}", "{name} ({distance}): {contact}"));
		ReferralTexts edited = new ReferralTexts(texts, CONTENT.referrals().moreWords(), CONTENT.referrals().offers(),
				CONTENT.referrals().languages());
		Educator real = new Educator("r-1", "Real Person", "CEIM", "617-555-0100", null, null, "Cambridge", "MA",
				"02139", new GeoPoint(42.36, -71.1), List.of("en"), List.of(Offer.PRIVATE), null, false);
		Place place = Gazetteer.shared().zip("02139").orElseThrow();
		assertThat(new ReferralReply(edited).of(new Directory(List.of(real)).nearest(place, "es", 0, 3, 50),
				Language.ES, true))
			.isEqualTo("Maestras cerca de 02139:\n1. Real Person (<1 mi): 617-555-0100");
	}

	@Test
	void theMoreChoiceIsLabelledInTheParentsLanguage() {
		assertThat(REPLY.moreLabel(Language.ES)).isEqualTo("Más educadores");
		assertThat(REPLY.moreLabel(Language.EN)).isEqualTo("More educators");
	}

	@Test
	void aZipThatDoesNotExistIsNamedInTheCorrection() {
		assertThat(REPLY.unknownZip("00000", Language.EN)).startsWith("I can't find ZIP code 00000.");
	}

	@Test
	void nobodyAtAllPointsToTheOrganizationsDirectory() {
		Place place = Gazetteer.shared().zip("02139").orElseThrow();
		assertThat(REPLY.of(Directory.empty().nearest(place, "es", 0, 3, 50), Language.ES, true))
			.isEqualTo("No encontré educadores certificados cerca de 02139 en nuestra lista. "
					+ "Busca en el directorio completo en infantmassageusa.org.");
	}

}
