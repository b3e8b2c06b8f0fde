package org.nurture.subscription;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When a tip may reach a parent: from 08:00 to 20:00 in their own time zone, the
 * strictest rule of any US state (Florida and Oklahoma), so it holds in all of them. A
 * chosen time is kept half an hour short of the end, so that a tip queued behind others
 * still goes out in time.
 */
public final class QuietHours {

	/** The earliest a tip may go out, local time. */
	public static final LocalTime EARLIEST = LocalTime.of(8, 0);

	/** No tip goes out at or after this local time. */
	public static final LocalTime END = LocalTime.of(20, 0);

	/** The latest time a parent may choose. */
	public static final LocalTime LATEST_CHOSEN = LocalTime.of(19, 30);

	private QuietHours() {
	}

	/** The chosen time, moved inside 08:00–19:30 when it is outside. */
	public static LocalTime clamp(LocalTime chosen) {
		if (chosen.isBefore(EARLIEST)) {
			return EARLIEST;
		}
		return chosen.isAfter(LATEST_CHOSEN) ? LATEST_CHOSEN : chosen;
	}

	/** Whether a tip may go out at this moment, in the parent's zone. */
	public static boolean allows(ZonedDateTime local) {
		LocalTime time = local.toLocalTime();
		return !time.isBefore(EARLIEST) && time.isBefore(END);
	}

}
