package org.nurture.educator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsPhoneTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "512-253-0101", "(512) 253-0101", "512.253.0101", "512 253 0101", "5122530101",
			"1-512-253-0101", "1 (512) 253-0101", "+1 512 253 0101", "+15122530101", " 512-253-0101 " })
	void anyPunctuationIsWrittenOneWay(String text) {
		assertThat(UsPhone.format(text)).contains("512-253-0101");
	}

	@Test
	void anExtensionIsKept() {
		assertThat(UsPhone.format("(617) 253-1000 x12")).contains("617-253-1000 ext. 12");
		assertThat(UsPhone.format("617.253.1000 ext 12")).contains("617-253-1000 ext. 12");
	}

	@Test
	void puertoRicoSharesTheNumberingPlan() {
		assertThat(UsPhone.format("(787) 555-0125")).contains("787-555-0125");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "555-0101", "123", "911", "617-555-01011", "123-555-0101", "999-555-0101", "617-055-0101",
			"+44 20 7946 0958", "011 44 20 7946 0958", "617-555-0101 mornings", "phone", "n/a" })
	void whatIsNoUsNumberIsRefused(String text) {
		assertThat(UsPhone.format(text)).isEmpty();
	}

	@Test
	void theNumbersKeptForFictionAreAcceptedSoTheSampleDirectoryLoads() {
		for (String area : new String[] { "212", "305", "512", "617", "787", "816" }) {
			IntStream.rangeClosed(100, 199)
				.mapToObj(line -> area + "-555-0" + line)
				.forEach(number -> assertThat(UsPhone.format(number)).as(number).contains(number));
		}
	}

}
