package org.nurture.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MessageIdsTests {

	@Test
	void keepsTheLatestNewestFirst() {
		MessageIds ids = MessageIds.NONE;
		for (int i = 1; i <= MessageIds.KEPT + 2; i++) {
			ids = ids.with("SM" + i);
		}
		assertThat(ids.ids()).hasSize(MessageIds.KEPT).startsWith("SM12", "SM11").endsWith("SM3");
		assertThat(ids.contains("SM3")).isTrue();
		assertThat(ids.contains("SM2")).as("dropped").isFalse();
		assertThat(ids.isNewest("SM12")).isTrue();
		assertThat(ids.isNewest("SM11")).isFalse();
	}

	@Test
	void areSavedAsOneLineAndReadBack() {
		MessageIds ids = MessageIds.NONE.with("SMa").with("SMb");
		assertThat(ids.toString()).isEqualTo("SMb SMa");
		assertThat(MessageIds.parse(ids.toString())).isEqualTo(ids);
		assertThat(MessageIds.parse(null)).isEqualTo(MessageIds.NONE);
		assertThat(MessageIds.parse("")).isEqualTo(MessageIds.NONE);
	}

	@Test
	void allKeptFitTheirColumn() {
		String longest = "x".repeat(MessageIds.MAX_ID_LENGTH);
		MessageIds ids = MessageIds.NONE;
		for (int i = 0; i < MessageIds.KEPT; i++) {
			ids = ids.with(longest.substring(1) + i);
		}
		assertThat(ids.toString()).hasSizeLessThanOrEqualTo(1000);
	}

	@Test
	void refusesAnIdThatCouldNotBeReadBack() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageIds.NONE.with("SM 1"));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageIds.NONE.with(""));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageIds.NONE.with("x".repeat(MessageIds.MAX_ID_LENGTH + 1)));
	}

}
