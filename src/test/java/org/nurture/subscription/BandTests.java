package org.nurture.subscription;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BandTests {

	@Test
	void threeExpectingBandsThenTwentyFourMonthsFollowEachOtherWithoutAGap() {
		List<Band> bands = Band.all();
		assertThat(bands).hasSize(27);
		assertThat(bands.subList(0, 4)).extracting(Band::id)
			.containsExactly("expecting-12-9", "expecting-8-5", "expecting-4-1", "month-0");
		assertThat(bands.get(26).id()).isEqualTo("month-23");
		assertThat(bands.get(0).first()).isEqualTo(Stage.expecting(84));
		assertThat(bands.get(26).last()).isEqualTo(Stage.born(730));
		for (int i = 1; i < bands.size(); i++) {
			assertThat(bands.get(i).first().daysOld()).isEqualTo(bands.get(i - 1).last().daysOld() + 1);
			assertThat(bands.get(i - 1).next()).contains(bands.get(i));
		}
		assertThat(bands.get(26).next()).isEmpty();
	}

	@Test
	void monthsAreTheSpecsFloorsOf365Point25Over12() {
		assertThat(days(Band.month(0))).containsExactly(0, 29);
		assertThat(days(Band.month(1))).containsExactly(30, 59);
		assertThat(days(Band.month(2))).containsExactly(60, 90);
		assertThat(days(Band.month(3))).containsExactly(91, 120);
		assertThat(days(Band.month(11))).containsExactly(334, 364);
		assertThat(days(Band.month(12))).containsExactly(365, 394);
		assertThat(days(Band.month(22))).containsExactly(669, 699);
		assertThat(days(Band.month(23))).containsExactly(700, 730);
		for (int month = 0; month < Band.MONTHS; month++) {
			int start = (int) Math.floor(month * 365.25 / 12);
			assertThat(Band.month(month).first().daysOld()).isEqualTo(start);
			assertThat(Band.month(month).days()).isBetween(30, 31);
		}
	}

	@Test
	void aStageFindsItsBandAndItsDayInIt() {
		assertThat(Stage.born(0).band()).isEqualTo(Band.month(0));
		assertThat(Stage.born(59).band()).isEqualTo(Band.month(1));
		assertThat(Stage.born(60).band()).isEqualTo(Band.month(2));
		assertThat(Stage.born(90).band()).isEqualTo(Band.month(2));
		assertThat(Stage.born(90).indexInBand()).isEqualTo(30);
		assertThat(Stage.born(91).band()).isEqualTo(Band.month(3));
		assertThat(Stage.born(729).band()).isEqualTo(Band.month(23));
		assertThat(Stage.born(729).indexInBand()).isEqualTo(29);
		assertThat(Stage.born(730).band()).isEqualTo(Band.month(23));
		assertThat(Stage.born(730).indexInBand()).isEqualTo(30);
		assertThat(Stage.expecting(84).band().id()).isEqualTo("expecting-12-9");
		assertThat(Stage.expecting(84).indexInBand()).isZero();
		assertThat(Stage.expecting(57).band().id()).isEqualTo("expecting-12-9");
		assertThat(Stage.expecting(56).band().id()).isEqualTo("expecting-8-5");
		assertThat(Stage.expecting(29).band().id()).isEqualTo("expecting-8-5");
		assertThat(Stage.expecting(28).band().id()).isEqualTo("expecting-4-1");
		assertThat(Stage.expecting(1).band().id()).isEqualTo("expecting-4-1");
		assertThat(Stage.expecting(1).indexInBand()).isEqualTo(27);
		assertThat(Band.all().subList(0, 3)).allSatisfy(band -> assertThat(band.days()).isEqualTo(28));
	}

	@Test
	void aSubscriberEnteringABandOnADayStartsJustBeforeThatDaysPosition() {
		assertThat(Stage.born(60).positionOnEntry()).isEqualTo(-1);
		assertThat(Stage.born(65).positionOnEntry()).isEqualTo(4);
		assertThat(Stage.expecting(84).positionOnEntry()).isEqualTo(-1);
		assertThat(Stage.expecting(80).positionOnEntry()).isEqualTo(3);
	}

	@Test
	void dayAndIndexOfAreInverse() {
		for (Band band : Band.all()) {
			for (int i = 0; i < band.days(); i++) {
				assertThat(band.indexOf(band.day(i))).isEqualTo(i);
				assertThat(band.day(i).band()).isSameAs(band);
			}
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Band.month(2).indexOf(Stage.born(91)));
		assertThatIllegalArgumentException().isThrownBy(() -> Band.month(2).day(31));
	}

	@Test
	void idsAndLabels() {
		assertThat(Band.byId("month-3")).contains(Band.month(3));
		assertThat(Band.byId("expecting-8-5")).contains(Stage.expecting(50).band());
		assertThat(Band.byId("month-24")).isEmpty();
		assertThat(Band.month(3).label()).isEqualTo("month 3 (days 91..120)");
		assertThat(Band.all().get(0).label()).isEqualTo("weeks 12..9 before the due date");
		assertThat(Band.all().get(0).isExpecting()).isTrue();
		assertThat(Band.month(0).isExpecting()).isFalse();
	}

	@Test
	void stages() {
		assertThat(Stage.ofDaysOld(-1)).isEqualTo(Stage.expecting(1));
		assertThat(Stage.ofDaysOld(-84)).isEqualTo(Stage.expecting(84));
		assertThat(Stage.ofDaysOld(0)).isEqualTo(Stage.born(0));
		assertThat(Stage.born(110).label()).isEqualTo("day 110");
		assertThat(Stage.expecting(60).label()).isEqualTo("day 60 before the due date (week 9)");
		assertThat(((Stage.Expecting) Stage.expecting(7)).weekBeforeDue()).isEqualTo(1);
		assertThat(((Stage.Expecting) Stage.expecting(8)).weekBeforeDue()).isEqualTo(2);
		assertThat(((Stage.Expecting) Stage.expecting(84)).weekBeforeDue()).isEqualTo(12);
		assertThatIllegalArgumentException().isThrownBy(() -> Stage.born(731));
		assertThatIllegalArgumentException().isThrownBy(() -> Stage.born(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> Stage.expecting(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Stage.expecting(85));
		assertThatIllegalArgumentException().isThrownBy(() -> Stage.ofDaysOld(-85));
	}

	private static List<Integer> days(Band band) {
		return List.of(band.first().daysOld(), band.last().daysOld());
	}

}
