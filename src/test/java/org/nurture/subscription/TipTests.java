package org.nurture.subscription;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TipTests {

	@Test
	void aTipIsForTheDaysOfItsRangeBothEndsIncluded() {
		Tip tip = Tips.days("newborn-resting-hands", 0, 45);
		assertThat(tip.isFor(Stage.born(0))).isTrue();
		assertThat(tip.isFor(Stage.born(45))).isTrue();
		assertThat(tip.isFor(Stage.born(46))).isFalse();
		assertThat(tip.isFor(Stage.expecting(1))).isFalse();
		assertThat(tip.range().days()).isEqualTo(46);
		assertThat(tip.range().overlaps(Band.month(1))).isTrue();
		assertThat(tip.range().overlaps(Band.month(2))).isFalse();
	}

	@Test
	void weeksBeforeTheDueDateCountDown() {
		Tip.WeeksBeforeDue weeks = new Tip.WeeksBeforeDue(12, 9);
		assertThat(weeks.first()).isEqualTo(Stage.expecting(84));
		assertThat(weeks.last()).isEqualTo(Stage.expecting(57));
		assertThat(weeks.days()).isEqualTo(28);
		Tip lastWeek = Tips.weeks("expecting-last-week", 1, 1);
		assertThat(lastWeek.isFor(Stage.expecting(7))).isTrue();
		assertThat(lastWeek.isFor(Stage.expecting(1))).isTrue();
		assertThat(lastWeek.isFor(Stage.expecting(8))).isFalse();
		assertThat(lastWeek.isFor(Stage.born(0))).isFalse();
	}

	@Test
	void rangesMustBeInOrderAndInBounds() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Tip.DaysSinceBirth(60, 45));
		assertThatIllegalArgumentException().isThrownBy(() -> new Tip.DaysSinceBirth(0, 731));
		assertThatIllegalArgumentException().isThrownBy(() -> new Tip.WeeksBeforeDue(3, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> new Tip.WeeksBeforeDue(13, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new Tip.WeeksBeforeDue(1, 0));
	}

	@Test
	void aMissingLanguageFallsBackToEnglish() {
		Tip tip = new Tip("x", TipKind.CUES, new Tip.DaysSinceBirth(0, 730), Map.of("en", "Hello"), "test");
		assertThat(tip.text("en")).isEqualTo("Hello");
		assertThat(tip.text("es")).isEqualTo("Hello");
	}

	@Test
	void kindsReadAsTheContentWritesThem() {
		assertThat(TipKind.fromCode("wellbeing")).contains(TipKind.WELLBEING);
		assertThat(TipKind.fromCode("massage")).isEmpty();
		assertThat(TipKind.STROKE.code()).isEqualTo("stroke");
	}

}
