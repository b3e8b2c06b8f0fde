package org.nurture.subscription;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TipPlanTests {

	private final TipCatalog catalog = new TipCatalog(Tips.likeTheSpec());

	@Test
	void everyDayOfEveryBandHasADifferentTipRightForThatDay() {
		TipPlan plan = catalog.plan();
		assertThat(plan.shortfalls()).isEmpty();
		assertThat(plan.isComplete()).isTrue();
		for (Band band : Band.all()) {
			List<Tip> entries = plan.entries(band);
			assertThat(entries).as(band.id()).hasSize(band.days()).doesNotHaveDuplicates();
			for (int day = 0; day < band.days(); day++) {
				assertThat(entries.get(day).isFor(band.day(day))).as(band.id() + " day " + day).isTrue();
			}
		}
	}

	@Test
	void theSamePlanForEverySubscriber() {
		TipPlan again = TipPlan.of(Tips.likeTheSpec());
		for (Band band : Band.all()) {
			assertThat(again.entries(band)).isEqualTo(catalog.plan().entries(band));
		}
	}

	@Test
	void aShortRangeTipGoesBeforeOneForAllAges() {
		Tip lastChance = Tips.days("day-60-only", 60, 60);
		Tip soon = Tips.days("days-60-to-65", 60, 65);
		List<Tip> tips = new ArrayList<>(Tips.allAges("any-age", 29));
		tips.add(soon);
		tips.add(lastChance);

		List<Tip> month2 = TipPlan.of(tips).entries(Band.month(2));

		assertThat(month2).hasSize(31).startsWith(lastChance, soon);
	}

	@Test
	void earliestDeadlineFirstFillsABandThatCatalogOrderWouldNot() {
		// Catalog order would give day 60 to the first tip for all ages, and
		// "day-60-only" would never fit.
		List<Tip> tips = new ArrayList<>(Tips.allAges("any-age", 30));
		tips.add(Tips.days("day-60-only", 60, 60));

		TipPlan plan = TipPlan.of(tips);

		assertThat(plan.entries(Band.month(2))).hasSize(31);
		assertThat(plan.shortfalls()).extracting(TipPlan.Shortfall::band).doesNotContain(Band.month(2));
	}

	@Test
	void tipsForAllAgesTakeTurnsAcrossMonths() {
		List<Tip> tips = Tips.allAges("any-age", 45);

		TipPlan plan = TipPlan.of(tips);

		assertThat(plan.entries(Band.month(0))).isEqualTo(tips.subList(0, 30));
		List<Tip> month1 = new ArrayList<>(tips.subList(30, 45));
		month1.addAll(tips.subList(0, 15));
		assertThat(plan.entries(Band.month(1))).isEqualTo(month1);
		List<Tip> month2 = new ArrayList<>(tips.subList(15, 45));
		month2.add(tips.get(0));
		assertThat(plan.entries(Band.month(2))).isEqualTo(month2);
	}

	@Test
	void aTipForAllAgesUsedInAMonthComesAfterTheFreshOnesInTheNext() {
		TipPlan plan = catalog.plan();
		for (int month = 0; month + 1 < Band.MONTHS; month++) {
			Set<Tip> used = new HashSet<>(plan.entries(Band.month(month)));
			List<Tip> next = plan.entries(Band.month(month + 1))
				.stream()
				.filter(tip -> tip.range().days() == 731)
				.toList();
			int firstRepeat = IntStream.range(0, next.size())
				.filter(i -> used.contains(next.get(i)))
				.findFirst()
				.orElse(next.size());
			assertThat(next.subList(firstRepeat, next.size())).as("month " + (month + 1)).allMatch(used::contains);
		}
	}

	@ParameterizedTest(name = "first send day {0} of the week")
	@ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6 })
	void aThreeTimesAWeekSubscriberNeverGetsATipTwiceInABandNorOneForAnotherAge(int phase) {
		walk(phase, true);
		walk(phase, false);
	}

	@Test
	void aDailySubscriberEnteringABandOnAnyDayWalksThePlanInStepWithTheDays() {
		for (int start = -84; start <= 730; start++) {
			Stage first = Stage.ofDaysOld(start);
			Band band = first.band();
			int position = first.positionOnEntry();
			for (int day = first.indexInBand(); day < band.days(); day++) {
				Stage stage = band.day(day);
				TipPlan.Pick pick = catalog.next(stage, position).orElseThrow();
				assertThat(pick.position()).isEqualTo(day);
				assertThat(pick.tip().isFor(stage)).isTrue();
				position = pick.position();
			}
		}
	}

	@Test
	void nextSkipsTipsWhoseDaysHavePassed() {
		List<Tip> tips = new ArrayList<>(Tips.allAges("any-age", 29));
		Tip early = Tips.days("days-60-to-61", 60, 61);
		tips.add(early);
		tips.add(Tips.days("days-60-to-62", 60, 62));
		TipPlan plan = TipPlan.of(tips);
		assertThat(plan.entries(Band.month(2)).get(0)).isEqualTo(early);

		TipPlan.Pick pick = plan.next(Stage.born(62), -1).orElseThrow();

		assertThat(pick.position()).isEqualTo(1);
		assertThat(pick.tip().id()).isEqualTo("days-60-to-62");
		assertThat(plan.next(Stage.born(62), 1).orElseThrow().position()).isEqualTo(2);
		assertThat(plan.next(Stage.born(90), 30)).isEmpty();
		assertThat(plan.next(Stage.born(90), -7).orElseThrow().position()).isEqualTo(2);
	}

	@Test
	void aDayWithoutATipLeftIsAShortfall() {
		List<Tip> tips = Tips.allAges("any-age", 30);

		List<TipPlan.Shortfall> shortfalls = TipPlan.of(tips).shortfalls();

		assertThat(shortfalls).first().isEqualTo(new TipPlan.Shortfall(Band.all().get(0), Stage.expecting(84), 0));
		assertThat(shortfalls).contains(new TipPlan.Shortfall(Band.month(2), Stage.born(90), 30),
				new TipPlan.Shortfall(Band.month(23), Stage.born(730), 30));
		assertThat(shortfalls).extracting(TipPlan.Shortfall::band)
			.doesNotContain(Band.month(0), Band.month(1), Band.month(3));
		assertThat(TipPlan.of(tips).entries(Band.month(2))).hasSize(30);
	}

	@Test
	void enoughTipsCoveringABandCanStillRunOutWhenTooManyEndEarly() {
		List<Tip> tips = new ArrayList<>(Tips.allAges("any-age", 18));
		IntStream.range(0, 12).forEach(i -> tips.add(Tips.days("days-91-to-100-" + i, 91, 100)));

		List<TipPlan.Shortfall> shortfalls = TipPlan.of(tips).shortfalls();

		assertThat(shortfalls).contains(new TipPlan.Shortfall(Band.month(3), Stage.born(119), 30));
	}

	@Test
	void anEmptyCatalogHasNothingToSend() {
		assertThat(TipCatalog.EMPTY.isEmpty()).isTrue();
		assertThat(TipCatalog.EMPTY.next(Stage.born(10), -1)).isEmpty();
		assertThat(TipCatalog.EMPTY.plan().entries(Band.month(0))).isEmpty();
	}

	@Test
	void theCatalogFindsTipsById() {
		assertThat(catalog.tip("any-age-3")).map(Tip::id).contains("any-age-3");
		assertThat(catalog.tip("nope")).isEmpty();
		assertThat(catalog.size()).isEqualTo(catalog.tips().size());
	}

	/**
	 * Mondays, Wednesdays and Fridays, from 12 weeks before the due date to the second
	 * birthday: on entering a band, the position starts at the day's
	 * {@link Stage#positionOnEntry()}, or before the band's first tip.
	 */
	private void walk(int phase, boolean fromEntryDay) {
		Band band = null;
		int position = -1;
		Set<String> seen = new HashSet<>();
		int picks = 0;
		for (int daysOld = -84; daysOld <= 730; daysOld++) {
			int weekday = Math.floorMod(daysOld + phase, 7);
			if (weekday != 0 && weekday != 2 && weekday != 4) {
				continue;
			}
			Stage stage = Stage.ofDaysOld(daysOld);
			if (stage.band() != band) {
				band = stage.band();
				position = fromEntryDay ? stage.positionOnEntry() : -1;
				seen.clear();
			}
			TipPlan.Pick pick = catalog.next(stage, position).orElseThrow();
			assertThat(pick.tip().isFor(stage)).as(stage.label()).isTrue();
			assertThat(seen.add(pick.tip().id())).as(stage.label() + " repeats " + pick.tip().id()).isTrue();
			assertThat(pick.position()).isGreaterThan(position);
			position = pick.position();
			picks++;
		}
		assertThat(picks).isBetween(345, 351);
	}

}
