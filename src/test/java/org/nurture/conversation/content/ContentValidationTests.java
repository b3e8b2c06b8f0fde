package org.nurture.conversation.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each folder of {@code content-fixtures/} but {@code valid} breaks one rule: its files
 * are laid over a copy of {@code valid/}, and loading must report exactly the lines of
 * its {@code expected.txt}.
 */
class ContentValidationTests {

	static final Path FIXTURES = Path.of("src/test/resources/content-fixtures");

	static final String EXPECTED = "expected.txt";

	@TempDir
	Path content;

	static Stream<String> brokenFixtures() throws IOException {
		try (Stream<Path> folders = Files.list(FIXTURES)) {
			return folders.map(folder -> folder.getFileName().toString())
				.filter(name -> !name.equals("valid"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFixtures")
	void aBrokenFixtureReportsExactlyItsExpectedProblems(String fixture) throws IOException {
		copy(ContentLoaderTests.VALID, content);
		copy(FIXTURES.resolve(fixture), content);

		assertThat(problems())
			.containsExactlyElementsOf(Files.readAllLines(FIXTURES.resolve(fixture).resolve(EXPECTED)));
	}

	@Test
	void theRealConversationsHaveNoProblems() {
		Content conversations = new ContentLoader().load(Path.of("conversations"));

		assertThat(conversations.answers()).isNotEmpty();
		assertThat(conversations.flows()).isNotEmpty();
		assertThat(conversations.safety()).isNotEmpty();
	}

	@Test
	void theRealConversationsWithTipsFollowingTheSpecAreValidatedToo() throws IOException {
		copy(Path.of("conversations"), content);
		try (Stream<Path> realTips = Files.list(content.resolve("tips"))) {
			for (Path tip : realTips.toList()) {
				Files.delete(tip);
			}
		}
		copy(ContentLoaderTests.VALID.resolve("tips"), content.resolve("tips"));

		assertThat(new ContentLoader().load(content).tips().size()).isEqualTo(59);

		copy(FIXTURES.resolve("tip-too-long"), content);
		assertThat(problems())
			.containsExactlyElementsOf(Files.readAllLines(FIXTURES.resolve("tip-too-long").resolve(EXPECTED)));
	}

	@Test
	void tipsAreCheckedForCoverageOnlyOnceEveryRangeIsSound() throws IOException {
		copy(ContentLoaderTests.VALID, content);
		copy(FIXTURES.resolve("tip-shortfall"), content);
		copy(FIXTURES.resolve("tip-age-reversed"), content);

		assertThat(problems())
			.containsExactlyElementsOf(Files.readAllLines(FIXTURES.resolve("tip-age-reversed").resolve(EXPECTED)));
	}

	@Test
	void tipsWithoutExpectingTipsRunOutInEachExpectingBandAtTheFirstTipFile() throws IOException {
		copy(ContentLoaderTests.VALID, content);
		Files.delete(content.resolve("tips/expecting.yml"));

		String fix = "; add tips for these ages or widen the ranges of tips around them"
				+ " (each day of a band needs a tip of its own)";
		assertThat(problems()).containsExactly(
				"conversations/tips/any-age.yml:3:1 weeks 12..9 before the due date runs out of tips on day 84 before"
						+ " the due date (week 12) for a daily subscriber: no tip covers its 28 days" + fix,
				"conversations/tips/any-age.yml:3:1 weeks 4..1 before the due date runs out of tips on day 28 before"
						+ " the due date (week 4) for a daily subscriber: no tip covers its 28 days" + fix,
				"conversations/tips/any-age.yml:3:1 weeks 8..5 before the due date runs out of tips on day 56 before"
						+ " the due date (week 8) for a daily subscriber: no tip covers its 28 days" + fix);
	}

	@Test
	void problemsOfSeveralFilesAndRulesAreReportedTogetherInFileOrder() throws IOException {
		copy(ContentLoaderTests.VALID, content);
		copy(FIXTURES.resolve("unknown-step"), content);
		copy(FIXTURES.resolve("placeholder-in-answer"), content);

		assertThat(problems()).containsExactly(
				Files.readAllLines(FIXTURES.resolve("placeholder-in-answer").resolve(EXPECTED)).get(0),
				Files.readAllLines(FIXTURES.resolve("unknown-step").resolve(EXPECTED)).get(0));
	}

	@Test
	void structureProblemsStopTheCheckBeforeTheMeaningPass() throws IOException {
		copy(ContentLoaderTests.VALID, content);
		copy(FIXTURES.resolve("unknown-step"), content);
		copy(FIXTURES.resolve("schema-wrong-version"), content);

		assertThat(problems())
			.containsExactlyElementsOf(Files.readAllLines(FIXTURES.resolve("schema-wrong-version").resolve(EXPECTED)));
	}

	@Test
	void aMissingFileIsReported() throws IOException {
		copy(ContentLoaderTests.VALID, content);
		Files.delete(content.resolve("lexicon.yml"));

		assertThat(problems()).containsExactly(
				"conversations/lexicon.yml:1:1 the file is missing; create it (see conversations/README.md)");
	}

	private List<String> problems() {
		return assertThatExceptionOfType(ContentProblemsException.class)
			.isThrownBy(() -> new ContentLoader().load(content))
			.actual()
			.problems()
			.stream()
			.map(ContentProblem::toString)
			.toList();
	}

	static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (file.getFileName().toString().equals(EXPECTED)) {
					continue;
				}
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
