package org.nurture.conversation.understanding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.ContentLoader;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.LocalizedText;
import org.nurture.text.TextFolding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Understanding with the real content: folding, SMS-speak, spelling, languages, safety,
 * topics, choices, values.
 */
class UnderstandingTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static Understanding understanding;

	@BeforeAll
	static void load() {
		Content content = new ContentLoader().load(Path.of("conversations"));
		understanding = Understanding.of(content);
	}

	@Test
	void aFoldedTextsWordsAreCountedAsSplittingItWould() {
		for (String text : List.of("", "hola", "what oil should i use",
				TextFolding.fold("  Can't   STOP... crying!! "))) {
			assertThat(TextFolding.wordCount(text)).as(text).isEqualTo(text.split(" ", -1).length);
		}
	}

	@Test
	void foldingRemovesCaseAccentsPunctuationEmojiAndRepeats() {
		assertThat(TextFolding.fold("¿Qué ACEITE uso?? 😊")).isEqualTo("que aceite uso");
		assertThat(TextFolding.fold("Can't   STOP... crying!!")).isEqualTo("cant stop crying");
		assertThat(TextFolding.fold("heyyyy, bebé de 7:30 y 6/2")).isEqualTo("heyy bebe de 7:30 y 6/2");
		assertThat(TextFolding.fold("niño")).isEqualTo("nino");
	}

	@Test
	void smsSpeakAndSpellingAreReadAsMeant() {
		assertThat(best("wat oil shud i use")).isEqualTo("oils");
		assertThat(best("how 2 start a massage pls")).isEqualTo("how-to-start");
		assertThat(best("is it ok b4 the cord falls off")).isEqualTo("cord-stump");
		assertThat(best("q aceite le pongo a mi bb")).isEqualTo("oils");
	}

	@Test
	void aGreetingAroundAQuestionDoesNotHideIt() {
		assertThat(best("hi! what oil should i use?")).isEqualTo("oils");
		assertThat(best("hola, q aceite puedo usar para mi bebe?")).isEqualTo("oils");
		assertThat(best("hi")).isEqualTo("greeting");
		assertThat(best("muchas gracias")).isEqualTo("thanks");
	}

	@Test
	void stoppingACryIsAboutCryingNotAnOptOut() {
		assertThat(best("how do I stop my baby crying")).isIn("crying-purple", "soothing", "colic-gas");
	}

	@Test
	void somethingOffTopicScoresBelowTheClarifyThreshold() {
		List<ScoredTopic> ranked = understanding.topics(understanding.read("write me a poem about cats"), Language.EN)
			.ranked();
		assertThat(ranked.isEmpty() || ranked.get(0).score() < 0.4).as(ranked.toString()).isTrue();
	}

	@Test
	void unsureAnswersAreNoTopic() {
		assertThat(understanding.topics(understanding.read("no sé"), Language.ES).ranked()).isEmpty();
		assertThat(understanding.topics(understanding.read("idk"), Language.EN).ranked()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "what oil should i use, EN", "que aceite uso para mi bebe, ES", "¿cómo empiezo?, ES",
			"my baby cries all night, EN", "hola, ES", "hi, EN" })
	void theLanguageIsDetected(String text, Language language) {
		assertThat(understanding.detectLanguage(understanding.read(text))).contains(language);
	}

	@Test
	void wordsThatTellNoLanguageGiveNoGuess() {
		assertThat(understanding.detectLanguage(understanding.read("ok"))).isEmpty();
		assertThat(understanding.detectLanguage(understanding.read("no"))).isEmpty();
		assertThat(understanding.detectLanguage(understanding.read("02139"))).isEmpty();
	}

	@Test
	void safetyWinsInTheLanguageItWasWrittenIn() {
		Optional<SafetyHit> english = understanding.safety(understanding.read("my baby is not breathing"), Language.ES);
		assertThat(english).map(hit -> hit.rule().id()).contains("baby-emergency");
		assertThat(english).map(SafetyHit::language).contains(Language.EN);
		Optional<SafetyHit> spanish = understanding.safety(understanding.read("mi bebé no respira"), Language.EN);
		assertThat(spanish).map(SafetyHit::language).contains(Language.ES);
		assertThat(understanding.safety(understanding.read("how do i stop my baby crying"), Language.EN)).isEmpty();
	}

	@Test
	void choicesArePickedByNumberWordOrLabel() {
		List<Option> options = List.of(
				new Option(LocalizedText.of("Next", "Siguiente"),
						Map.of(Language.EN, List.of("ok", "go on"), Language.ES, List.of("sigue", "dale"))),
				new Option(LocalizedText.of("Finish for now", "Terminar por ahora"), Map.of()));
		assertThat(pick("2", options)).hasValue(1);
		assertThat(pick("#1", options)).hasValue(0);
		assertThat(pick("option 2", options)).hasValue(1);
		assertThat(pick("the second", options)).hasValue(1);
		assertThat(pick("Siguiente", options)).hasValue(0);
		assertThat(pick("dale", options)).hasValue(0);
		assertThat(pick("finish", options)).hasValue(1);
		assertThat(pick("3", options)).isEmpty();
		assertThat(pick("what oil should i use", options)).isEmpty();
	}

	@Test
	void languageCommandsAllowPolitenessAndATypo() {
		assertThat(understanding.isOneOf(understanding.read("en español por favor"), List.of("en espanol"))).isTrue();
		assertThat(understanding.isOneOf(understanding.read("Englsh"), List.of("english"))).isTrue();
		assertThat(understanding.isOneOf(understanding.read("english oil"), List.of("english"))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "yes, true", "Yep!, true", "sí claro, true", "👍, true", "yesss, true", "no, false", "not yet, false",
			"todavía no, false", "nope, false" })
	void yesAndNo(String text, boolean yes) {
		assertThat(understanding.yesNo(understanding.read(text))).contains(yes);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "not sure", "no sé", "no, what oil should i use for her skin", "maybe" })
	void neitherYesNorNo(String text) {
		assertThat(understanding.yesNo(understanding.read(text))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "02139, 02139", "my zip is 02139-4307, 02139", "zip: 90210 thanks, 90210" })
	void zipCodes(String text, String zip) {
		assertThat(understanding.zip(understanding.read(text))).contains(zip);
	}

	@Test
	void notAZipCode() {
		assertThat(understanding.zip(understanding.read("1234"))).isEmpty();
		assertThat(understanding.zip(understanding.read("call 555-0123"))).isEmpty();
		assertThat(understanding.zip(understanding.read("123456"))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "3 months old|13", "6 weeks|6", "6 wks|6", "10 days|1", "one year|52", "tiene 3 meses|13",
					"seis semanas|6", "newborn|0", "recién nacida|0", "born June 2|1", "nació el 2 de junio|1",
					"1 month and 2 weeks|6", "she's 4mo|17" })
	void babyAges(String text, int weeks) {
		assertThat(understanding.babyAgeWeeks(understanding.read(text), TODAY)).contains(weeks);
	}

	@Test
	void notABabyAge() {
		assertThat(understanding.babyAgeWeeks(understanding.read("not sure"), TODAY)).isEmpty();
		assertThat(understanding.babyAgeWeeks(understanding.read("30 years"), TODAY)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "June 2|2026-06-02", "2 de junio|2026-06-02", "6/2|2026-06-02", "12/25|2025-12-25",
					"6/2/2025|2025-06-02", "yesterday|2026-06-14", "ayer|2026-06-14", "the 2nd of june|2026-06-02" })
	void dates(String text, LocalDate date) {
		assertThat(understanding.date(understanding.read(text), TODAY)).contains(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "7pm|19:00", "7:30 p.m.|19:30", "19:00|19:00", "7 de la noche|19:00",
			"a las 8|20:00", "morning|09:00", "around 6:45 pm|18:45", "12am|00:00", "8 y media de la noche|20:30" })
	void timesOfDay(String text, LocalTime time) {
		assertThat(understanding.timeOfDay(understanding.read(text))).contains(time);
	}

	private static String best(String text) {
		Utterance utterance = understanding.read(text);
		List<ScoredTopic> ranked = understanding
			.topics(utterance, understanding.detectLanguage(utterance).orElse(Language.EN))
			.ranked();
		return ranked.isEmpty() ? "none" : ranked.get(0).answerId();
	}

	private static OptionalInt pick(String text, List<Option> options) {
		return understanding.pick(understanding.read(text), options, Language.EN);
	}

}
