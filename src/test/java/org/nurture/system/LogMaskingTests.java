package org.nurture.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogMaskingTests {

	@Test
	void aPhoneNumberShowsOnlyItsLastFourDigits() {
		assertThat(LogMasking.mask("+15555550123")).isEqualTo("********0123").doesNotContain("555555");
	}

	@Test
	void aShortAddressShowsAtMostHalf() {
		assertThat(LogMasking.mask("123456")).isEqualTo("***456");
	}

	@Test
	void nothingStaysNothing() {
		assertThat(LogMasking.mask(null)).isEmpty();
		assertThat(LogMasking.mask("")).isEmpty();
	}

}
