package org.nurture.subscription;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TipScheduleTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static Subscription daily(ZoneId zone, LocalTime time) {
		return Subscription.born(LocalDate.of(2027, 1, 10), zone, time, Cadence.DAILY, "en");
	}

	@Test
	void theNextTipIsAtTheChosenLocalTimeOnTheNextDateThatSends() {
		Subscription subscription = daily(NEW_YORK, LocalTime.of(9, 0));
		assertThat(TipSchedule.nextDue(subscription, Instant.parse("2027-02-01T10:00:00Z")))
			.contains(Instant.parse("2027-02-01T14:00:00Z"));
		assertThat(TipSchedule.nextDue(subscription, Instant.parse("2027-02-01T14:00:00Z")))
			.as("strictly after: the tip due now is not due again")
			.contains(Instant.parse("2027-02-02T14:00:00Z"));
	}

	@Test
	void zonesWithoutDaylightSavingKeepTheirOffsetAllYear() {
		Instant march = Instant.parse("2027-03-20T00:00:00Z");
		Instant november = Instant.parse("2027-11-20T00:00:00Z");
		LocalTime eight = LocalTime.of(8, 0);
		assertThat(TipSchedule.nextDue(daily(ZoneId.of("America/Phoenix"), eight), march))
			.contains(Instant.parse("2027-03-20T15:00:00Z"));
		assertThat(TipSchedule.nextDue(daily(ZoneId.of("America/Phoenix"), eight), november))
			.contains(Instant.parse("2027-11-20T15:00:00Z"));
		assertThat(TipSchedule.nextDue(daily(ZoneId.of("Pacific/Honolulu"), eight), march))
			.contains(Instant.parse("2027-03-20T18:00:00Z"));
		assertThat(TipSchedule.nextDue(daily(ZoneId.of("America/Puerto_Rico"), eight), november))
			.contains(Instant.parse("2027-11-20T12:00:00Z"));
	}

	@Test
	void alaskaAndNewYorkFollowDaylightSaving() {
		LocalTime eight = LocalTime.of(8, 0);
		assertThat(TipSchedule.nextDue(daily(ZoneId.of("America/Anchorage"), eight),
				Instant.parse("2027-01-20T00:00:00Z")))
			.contains(Instant.parse("2027-01-20T17:00:00Z"));
		assertThat(TipSchedule.nextDue(daily(ZoneId.of("America/Anchorage"), eight),
				Instant.parse("2027-07-20T00:00:00Z")))
			.contains(Instant.parse("2027-07-20T16:00:00Z"));
		// The clocks go forward on 14 March 2027 and back on 7 November 2027.
		assertThat(TipSchedule.nextDue(daily(NEW_YORK, eight), Instant.parse("2027-03-14T05:00:00Z")))
			.contains(Instant.parse("2027-03-14T12:00:00Z"));
		assertThat(TipSchedule.nextDue(daily(NEW_YORK, eight), Instant.parse("2027-11-07T04:00:00Z")))
			.contains(Instant.parse("2027-11-07T13:00:00Z"));
	}

	@Test
	void everyLocalDateAroundTheClockChangesHasExactlyOneTip() {
		for (LocalTime time : List.of(LocalTime.of(1, 30), LocalTime.of(2, 30), LocalTime.of(8, 0))) {
			Subscription subscription = daily(NEW_YORK, time);
			for (String start : List.of("2027-03-12T00:00:00Z", "2027-11-05T00:00:00Z")) {
				List<LocalDate> dates = new ArrayList<>();
				Instant after = Instant.parse(start);
				for (int i = 0; i < 5; i++) {
					after = TipSchedule.nextDue(subscription, after).orElseThrow();
					dates.add(after.atZone(NEW_YORK).toLocalDate());
				}
				LocalDate first = dates.get(0);
				assertThat(dates).as("%s from %s", time, start)
					.containsExactly(first, first.plusDays(1), first.plusDays(2), first.plusDays(3), first.plusDays(4));
			}
		}
	}

	@Test
	void aTimeTheClocksSkipIsSentAfterTheGapAndARepeatedTimeTheFirstTime() {
		assertThat(TipSchedule.dueAt(daily(NEW_YORK, LocalTime.of(2, 30)), LocalDate.of(2027, 3, 14)))
			.isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
		assertThat(TipSchedule.dueAt(daily(NEW_YORK, LocalTime.of(1, 30)), LocalDate.of(2027, 11, 7)))
			.isEqualTo(Instant.parse("2027-11-07T05:30:00Z"));
	}

	@Test
	void threeAWeekSendsOnMondayWednesdayAndFriday() {
		Subscription subscription = daily(NEW_YORK, LocalTime.of(9, 0)).every(Cadence.THREE_A_WEEK);
		List<DayOfWeek> days = new ArrayList<>();
		Instant after = Instant.parse("2027-02-01T00:00:00Z");
		for (int i = 0; i < 6; i++) {
			after = TipSchedule.nextDue(subscription, after).orElseThrow();
			days.add(after.atZone(NEW_YORK).getDayOfWeek());
		}
		assertThat(days).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY,
				DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
	}

	@Test
	void aPauseHoldsTipsUntilItsLastDayAndResumingBringsThemBack() {
		Subscription paused = daily(NEW_YORK, LocalTime.of(9, 0)).pausedUntil(LocalDate.of(2027, 2, 10));
		Instant now = Instant.parse("2027-02-03T20:00:00Z");
		assertThat(TipSchedule.nextDate(paused, now)).contains(LocalDate.of(2027, 2, 10));
		assertThat(TipSchedule.nextDate(paused.pausedUntil(null), now)).contains(LocalDate.of(2027, 2, 4));
	}

	@Test
	void anExpectingParentsTipsStartTwelveWeeksBeforeTheDueDateAndGoOnPastIt() {
		Subscription expecting = Subscription.expecting(LocalDate.of(2027, 9, 1), NEW_YORK, LocalTime.of(9, 0),
				Cadence.DAILY, "es");
		assertThat(TipSchedule.nextDate(expecting, Instant.parse("2027-03-01T12:00:00Z")))
			.contains(LocalDate.of(2027, 9, 1).minusDays(84));
		assertThat(TipSchedule.nextDate(expecting, Instant.parse("2027-09-05T12:00:00Z")))
			.as("past the due date without news of the birth, counted from the due date")
			.contains(LocalDate.of(2027, 9, 5));
	}

	@Test
	void tipsEndWithDay730TheSecondBirthdayOrTheDayBeforeItAfterALeapYear() {
		Subscription subscription = daily(NEW_YORK, LocalTime.of(9, 0));
		LocalDate birthday = LocalDate.of(2029, 1, 9);
		assertThat(subscription.daysOld(birthday)).isEqualTo(730);
		assertThat(TipSchedule.nextDate(subscription, birthday.atStartOfDay(NEW_YORK).toInstant())).contains(birthday);
		assertThat(TipSchedule.nextDate(subscription, birthday.atTime(10, 0).atZone(NEW_YORK).toInstant())).isEmpty();
	}

	@Test
	void anEndedSubscriptionHasNoNextTip() {
		Subscription ended = daily(NEW_YORK, LocalTime.of(9, 0)).ended(Subscription.EndReason.STOPPED);
		assertThat(TipSchedule.nextDue(ended, Instant.parse("2027-02-01T10:00:00Z"))).isEqualTo(Optional.empty());
	}

	@Test
	void aChosenTimeOutsideQuietHoursMovesInside() {
		assertThat(QuietHours.clamp(LocalTime.of(6, 15))).isEqualTo(LocalTime.of(8, 0));
		assertThat(QuietHours.clamp(LocalTime.of(21, 0))).isEqualTo(LocalTime.of(19, 30));
		assertThat(QuietHours.clamp(LocalTime.of(12, 45))).isEqualTo(LocalTime.of(12, 45));
		assertThat(daily(NEW_YORK, LocalTime.of(9, 0)).at(LocalTime.of(22, 0)).sendTime())
			.isEqualTo(LocalTime.of(19, 30));
		assertThat(QuietHours.allows(Instant.parse("2027-02-01T12:59:59Z").atZone(NEW_YORK))).isFalse();
		assertThat(QuietHours.allows(Instant.parse("2027-02-01T13:00:00Z").atZone(NEW_YORK))).isTrue();
		assertThat(QuietHours.allows(Instant.parse("2027-02-02T00:59:59Z").atZone(NEW_YORK))).isTrue();
		assertThat(QuietHours.allows(Instant.parse("2027-02-02T01:00:00Z").atZone(NEW_YORK))).isFalse();
	}

}
