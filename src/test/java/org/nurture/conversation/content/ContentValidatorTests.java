package org.nurture.conversation.content;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ContentValidatorTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void validContentPrintsASummaryAndSucceeds() {
		int status = ContentValidator.validate(ContentLoaderTests.VALID, print(out), print(err));

		assertThat(status).isZero();
		assertThat(text(out)).isEqualTo("OK: 2 answers, 1 flows, 1 safety rules, 59 tips\n");
		assertThat(text(err)).isEmpty();
	}

	@Test
	void brokenContentPrintsEveryProblemAndFails(@TempDir Path content) throws Exception {
		ContentValidationTests.copy(ContentLoaderTests.VALID, content);
		ContentValidationTests.copy(ContentValidationTests.FIXTURES.resolve("unknown-step"), content);

		int status = ContentValidator.validate(content, print(out), print(err));

		assertThat(status).isEqualTo(1);
		assertThat(text(out)).isEmpty();
		assertThat(text(err)).isEqualTo(Files.readString(
				ContentValidationTests.FIXTURES.resolve("unknown-step").resolve(ContentValidationTests.EXPECTED)));
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
