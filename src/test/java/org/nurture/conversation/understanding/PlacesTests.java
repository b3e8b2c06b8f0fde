package org.nurture.conversation.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.nurture.conversation.content.ContentLoader;
import org.nurture.educator.Gazetteer;
import org.nurture.educator.GeoPoint;
import org.nurture.educator.Place;

class PlacesTests {

	/** With the real content's place words ({@code lexicon.yml}: {@code places}). */
	static final Places PLACES = new Places(new ContentLoader().load(Path.of("conversations")).lexicon(),
			Gazetteer.shared());

	@ParameterizedTest(name = "\"{0}\" is ZIP {1}")
	@CsvSource(delimiter = '|',
			value = { "02139|02139|Cambridge|MA", "zip is 02139|02139|Cambridge|MA", "02139-4307|02139|Cambridge|MA",
					"my zip code is 021394307 thanks|02139|Cambridge|MA", "00601|00601|Adjuntas|PR",
					"mi codigo postal es 78704|78704|Austin|TX", "90210|90210|Beverly Hills|CA" })
	void findsZipCodesWithLeadingZerosAndZipPlusFour(String text, String zip, String city, String state) {
		Place place = PLACES.find(text, true).orElseThrow();
		assertThat(place.zip()).isEqualTo(zip);
		assertThat(place.label()).isEqualTo(zip);
		assertThat(place.city()).isEqualTo(city);
		assertThat(place.state()).isEqualTo(state);
		assertThat(place.area()).isEqualTo(zip.substring(0, 3));
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|',
			value = { "Austin, TX|Austin, TX", "austin tx|Austin, TX", "Austin Texas|Austin, TX",
					"classes in Denver|Denver, CO", "cerca de Miami|Miami, FL", "any classes near Chicago?|Chicago, IL",
					"busco clases en San Antonio|San Antonio, TX", "Portland, Oregon|Portland, OR",
					"Portland ME|Portland, ME", "Kansas City, MO|Kansas City, MO", "Washington DC|Washington, DC",
					"san juan puerto rico|San Juan, PR", "i live in brooklyn ny|Brooklyn, NY" })
	void findsCitiesInQuestions(String text, String label) {
		assertThat(PLACES.find(text, false)).map(Place::label).hasValue(label);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|',
			value = { "Denver|Denver, CO", "Sna Diego|San Diego, CA", "san deigo|San Diego, CA", "Hoston|Houston, TX",
					"Philadelphia please|Philadelphia, PA", "Albuquerqe, NM|Albuquerque, NM",
					"Los Angeles|Los Angeles, CA", "new york|New York, NY", "Miami|Miami, FL", "en Miami|Miami, FL",
					"San José, CA|San Jose, CA" })
	void findsABareOrMisspelledCityAsAnAnswer(String text, String label) {
		assertThat(PLACES.find(text, true)).map(Place::label).hasValue(label);
	}

	@Test
	void aCityIsRecordedByItsStateOnly() {
		Place austin = PLACES.find("Austin, TX", true).orElseThrow();
		assertThat(austin.zip()).isNull();
		assertThat(austin.area()).isEqualTo("TX");
		assertThat(austin.point().milesTo(new GeoPoint(30.2672, -97.7431))).isLessThan(10);
	}

	@ParameterizedTest
	@ValueSource(strings = { "hello", "is there a class near me", "what oil should I use", "0213", "021399",
			"12345678901", "call me at 617-555-0101", "it was 7:30", "3 months" })
	void findsNoPlaceWhereThereIsNone(String text) {
		assertThat(PLACES.find(text, false)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "hello", "yes", "thanks", "0213", "asdfgh", "next" })
	void findsNoPlaceInAnAnswerThatIsNotOne(String text) {
		assertThat(PLACES.find(text, true)).isEmpty();
	}

	@Test
	void aWellFormedZipThatDoesNotExistIsNoPlaceButIsStillSeenAsAZip() {
		assertThat(PLACES.find("00000", true)).isEmpty();
		assertThat(ZipCodes.in("my zip is 00000")).hasValue("00000");
	}

	@Test
	void aSharedLocationIsNamedAfterTheNearestZipCodeButMeasuredFromItself() {
		GeoPoint kendallSquare = new GeoPoint(42.3629, -71.0901);
		Place place = PLACES.near(kendallSquare).orElseThrow();
		assertThat(place.label()).isEqualTo("Cambridge, MA");
		assertThat(place.point()).isEqualTo(kendallSquare);
		assertThat(place.area()).isEqualTo("021");
		assertThat(PLACES.near(new GeoPoint(19.4326, -99.1332))).isEmpty();
	}

	@Test
	void misspellingsAreGuessedInAnswersOnly() {
		assertThat(PLACES.find("classes in Sna Diego", false)).isEmpty();
		assertThat(PLACES.find("Sna Diego", true)).map(Place::label).hasValue("San Diego, CA");
	}

	@Test
	void aBareCityNeedsItsStateOrACueWordInAQuestion() {
		assertThat(PLACES.find("Denver", false)).isEqualTo(Optional.empty());
		assertThat(PLACES.find("Denver", true)).isPresent();
	}

}
