package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken directory per validation rule in
 * {@code src/test/resources/educator-fixtures/<rule>/educators.csv}, each with its exact
 * problems in {@code expected.txt}. Run with {@code -Dfixtures.write=true} to write the
 * expected files afresh after a deliberate change of wording, then read the difference.
 */
class DirectoryCsvTests {

	static final Path FIXTURES = Path.of("src/test/resources/educator-fixtures");

	static final String SHOWN_AS = "config/educators.csv";

	static final String HEADER = "id,name,credential,phone,email,website,city,state,zip,languages,offers\n";

	static final String QUOTE_FIX = "close the quote, and write a quote inside quoted text as \"\"";

	static Stream<String> fixtures() throws IOException {
		try (Stream<Path> folders = Files.list(FIXTURES)) {
			return folders.filter(Files::isDirectory)
				.map(folder -> folder.getFileName().toString())
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void eachBrokenDirectoryReportsItsExactProblems(String fixture) throws IOException {
		Path folder = FIXTURES.resolve(fixture);
		DirectoryCsv.Result result = DirectoryCsv.read(SHOWN_AS,
				Files.readString(folder.resolve("educators.csv"), StandardCharsets.UTF_8), Gazetteer.shared());
		Path expected = folder.resolve("expected.txt");
		if (Boolean.getBoolean("fixtures.write")) {
			Files.writeString(expected, String.join("\n", result.problems()) + "\n", StandardCharsets.UTF_8);
		}
		assertThat(result.ok()).as("a broken directory is not loaded").isFalse();
		assertThat(result.educators()).isEmpty();
		assertThat(result.problems()).containsExactlyElementsOf(
				Files.readAllLines(expected, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList());
	}

	@Test
	void theSampleDirectoryIsValidCoversManyStatesAndBothLanguagesAndIsAllSampleData() throws IOException {
		DirectoryCsv.Result result = DirectoryCsv.read(SHOWN_AS,
				Files.readString(Path.of("config/educators.csv"), StandardCharsets.UTF_8), Gazetteer.shared());
		assertThat(result.problems()).isEmpty();
		List<Educator> educators = result.educators();
		assertThat(educators.stream().map(Educator::state).distinct().count()).isGreaterThanOrEqualTo(15);
		assertThat(educators).filteredOn(educator -> educator.speaks("es")).hasSizeGreaterThanOrEqualTo(10);
		assertThat(educators).allMatch(Educator::sample);
		assertThat(educators).allMatch(educator -> educator.phone().matches("\\d{3}-555-01\\d\\d"));
		assertThat(educators).allMatch(educator -> educator.email().endsWith("@example.org"));
	}

	@Test
	void columnsMayComeInAnyOrderWithExtraColumnsAndQuotedCommas() {
		String csv = "notes,zip,state,city,offers,languages,website,email,phone,credential,name,id\n"
				+ "\"Tuesdays, 10am\",78704,tx,Austin,virtual;Group,en;ES,,,(512) 555-0199,CEIM,\"Example, Ana\",a-1\n";
		DirectoryCsv.Result result = DirectoryCsv.read(SHOWN_AS, csv, Gazetteer.shared());
		assertThat(result.problems()).isEmpty();
		Educator educator = result.educators().get(0);
		assertThat(educator.name()).isEqualTo("Example, Ana");
		assertThat(educator.state()).isEqualTo("TX");
		assertThat(educator.languages()).containsExactly("en", "es");
		assertThat(educator.offers()).containsExactly(Offer.VIRTUAL, Offer.GROUP);
		assertThat(educator.point()).isEqualTo(Gazetteer.shared().zip("78704").orElseThrow().point());
		assertThat(educator.radiusMiles()).isNull();
		assertThat(educator.sample()).isFalse();
	}

	@Test
	void ownCoordinatesWinOverTheZipCodes() {
		String csv = "id,name,credential,phone,email,website,city,state,zip,latitude,longitude,languages,offers\r\n"
				+ "a-1,Ana,CEIM,,ana@example.org,,Austin,TX,78704,30.25,-97.75,en,group\r\n";
		DirectoryCsv.Result result = DirectoryCsv.read(SHOWN_AS, csv, Gazetteer.shared());
		assertThat(result.educators()).singleElement()
			.extracting(Educator::point)
			.isEqualTo(new GeoPoint(30.25, -97.75));
	}

	@Test
	void rowNumbersAreTheLinesRowsStartOnPastABomQuotedLineBreaksAndEmptyLines() {
		String csv = "\uFEFF" + HEADER.replace("\n", "\r\n")
				+ "a-1,\"Ana\r\nExample\",CEIM,,ana@example.org,,Austin,TX,78704,en,group\r\n" + "\r\n"
				+ "a-2,Bo,CEIM,,bo@example.org,,Austin,XX,78704,en,group\r\n" + "\n"
				+ "a-3,\"Cy\nSmith\",CEIM,,cy@example.org,,Austin,TX,7870,en,group\n"
				+ "a-4,Di,CEIM,,di@example.org,,Austin,TX,78704,en\n\n";
		DirectoryCsv.Result result = DirectoryCsv.read(SHOWN_AS, csv, Gazetteer.shared());
		assertThat(result.problems()).containsExactly(
				"config/educators.csv:5 state: 'XX' is not a state code; write the two-letter code, such as TX",
				"config/educators.csv:7 zip: '7870' is not a five-digit ZIP code; write 5 digits, keeping leading zeros (02139); a spreadsheet may have dropped them",
				"config/educators.csv:9 row: it has 10 fields but the header has 11; check for a missing comma, or put text that holds a comma in double quotes");
	}

	@Test
	void anUnclosedQuoteIsReportedOnTheLineItsRowStartsAfterTheProblemsBeforeIt() {
		String csv = HEADER + "a-1,Ana,CEIM,,ana@example.org,,Austin,XX,78704,en,group\n" + "\n"
				+ "a-2,\"Bo,CEIM,,bo@example.org,,Austin,TX,78704,en,group\n"
				+ "a-3,Cy,CEIM,,cy@example.org,,Austin,TX,78704,en,group\n";
		DirectoryCsv.Result result = DirectoryCsv.read(SHOWN_AS, csv, Gazetteer.shared());
		assertThat(result.educators()).isEmpty();
		assertThat(result.problems()).containsExactly(
				"config/educators.csv:2 state: 'XX' is not a state code; write the two-letter code, such as TX",
				"config/educators.csv:4 row: a quote is opened and never closed; " + QUOTE_FIX);
	}

	@Test
	void anUnclosedQuoteInTheHeaderIsReportedOnTheHeader() {
		String csv = "id,\"name,credential,phone,email,website,city,state,zip,languages,offers\n"
				+ "a-1,Ana,CEIM,,ana@example.org,,Austin,TX,78704,en,group\n";
		assertThat(DirectoryCsv.read(SHOWN_AS, csv, Gazetteer.shared()).problems())
			.containsExactly("config/educators.csv:1 header: a quote is opened and never closed; " + QUOTE_FIX);
	}

	@Test
	void aQuoteInsideQuotedTextIsDoubledAndTextAfterAClosingQuoteIsKept() {
		String csv = HEADER
				+ "a-1,\"Ana \"\"Annie\"\" Example\",CEIM,,ana@example.org,,\"Austin\" city,TX,78704,en,group\n";
		DirectoryCsv.Result result = DirectoryCsv.read(SHOWN_AS, csv, Gazetteer.shared());
		assertThat(result.problems()).isEmpty();
		assertThat(result.educators()).singleElement().satisfies(educator -> {
			assertThat(educator.name()).isEqualTo("Ana \"Annie\" Example");
			assertThat(educator.city()).isEqualTo("Austin city");
		});
	}

	@Test
	void phoneNumbersAreCheckedAndWrittenOneWay() {
		String csv = HEADER + "a-1,Ana,CEIM,(512) 555-0199,,,Austin,TX,78704,en,group\n"
				+ "a-2,Bo,CEIM,+1 512.555.0198,,,Austin,TX,78704,en,group\n"
				+ "a-3,Cy,CEIM,1 787 555 0125,,,San Juan,PR,00907,es,group\n";
		DirectoryCsv.Result result = DirectoryCsv.read(SHOWN_AS, csv, Gazetteer.shared());
		assertThat(result.problems()).isEmpty();
		assertThat(result.educators()).extracting(Educator::phone)
			.containsExactly("512-555-0199", "512-555-0198", "787-555-0125");
	}

	@Test
	void aNumberWithAnAreaCodeThatIsNoneIsRefused() {
		String csv = HEADER + "a-1,Ana,CEIM,123-555-0199,,,Austin,TX,78704,en,group\n";
		assertThat(DirectoryCsv.read(SHOWN_AS, csv, Gazetteer.shared()).problems()).containsExactly(
				"config/educators.csv:2 phone: '123-555-0199' is not a US phone number; write 10 digits, such as 512-555-0101");
	}

}
