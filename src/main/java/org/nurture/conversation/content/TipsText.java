package org.nurture.conversation.content;

import java.util.Locale;
import java.util.Set;

/**
 * The messages of daily tips outside the sign-up flow ({@code tips.messages} in
 * {@code settings.yml}), with the placeholders each may and must use.
 */
public enum TipsText {

	/** How a birth date reads in other texts ({baby}): "born {date}". */
	BABY_BORN(Set.of("date"), Set.of("date")),
	/** How a due date reads in other texts ({baby}): "due {date}". */
	BABY_DUE(Set.of("date"), Set.of("date")),
	/** How a daily cadence reads ({cadence}). */
	CADENCE_DAILY(Set.of(), Set.of()),
	/** How three a week reads ({cadence}). */
	CADENCE_THREE_A_WEEK(Set.of(), Set.of()),
	/** When the next tip comes, later today ({next}, {first_tip}). */
	NEXT_TODAY(Set.of("day", "time"), Set.of("time")),
	/** When the next tip comes, tomorrow. */
	NEXT_TOMORROW(Set.of("day", "time"), Set.of("time")),
	/** When the next tip comes, another day. */
	NEXT_LATER(Set.of("day", "time"), Set.of("day", "time")),
	/** A chosen time outside the hours tips are sent, moved inside: said first. */
	TIME_MOVED(Set.of("time"), Set.of("time")),
	/** A baby over two: tips are for 0-24 months. */
	TOO_OLD(Set.of(), Set.of()),
	/** A due date more than 42 weeks away. */
	DUE_TOO_FAR(Set.of(), Set.of()),
	/** TIPS when subscribed: the settings and how to change them. */
	SETTINGS(Set.of("baby", "cadence", "time", "zone", "next", "paused"), Set.of()),
	/** In {paused} of the settings, while paused. */
	PAUSED_NOTE(Set.of("day"), Set.of()),
	/** PAUSE: until when. */
	PAUSED(Set.of("day"), Set.of()),
	/** RESUME after a pause. */
	RESUMED(Set.of("next"), Set.of()),
	/** RESUME when not paused. */
	NOT_PAUSED(Set.of("next"), Set.of()),
	/** TIME alone: what time? */
	ASK_TIME(Set.of(), Set.of()),
	/** A new time saved. */
	TIME_CHANGED(Set.of("time", "next"), Set.of("time")),
	/** LESS or MORE saved. */
	CADENCE_CHANGED(Set.of("cadence", "next"), Set.of("cadence")),
	/** UPDATE alone: the birth or due date? */
	ASK_UPDATE(Set.of(), Set.of()),
	/** A new birth or due date saved. */
	UPDATED(Set.of("baby", "next"), Set.of("baby")),
	/** "The baby is born" without a date: the birth date? */
	ASK_BORN(Set.of(), Set.of()),
	/** The birth date saved: tips follow the baby's age now. */
	BORN(Set.of("baby", "next"), Set.of()),
	/** "Stop tips": tips ended, other messages go on. */
	STOPPED(Set.of(), Set.of()),
	/** After START, to someone whose tips STOP ended. */
	RESTART_HINT(Set.of(), Set.of()),
	/** A management word from someone without tips. */
	NOT_SUBSCRIBED(Set.of(), Set.of()),
	/** TIPS in the web chat, which cannot send tips later: where they come. */
	WEB(Set.of(), Set.of()),
	/** After the loss of a baby, to someone who had tips: they are stopped. */
	LOSS_ENDED(Set.of(), Set.of()),
	/** "Today's tip" from someone without tips: the baby's age or due date? */
	TODAY_ASK(Set.of(), Set.of()),
	/** Today's tip: {tip} is the catalog's text. */
	TODAY_TIP(Set.of("tip"), Set.of("tip")),
	/** No tip for the baby's age (over two). */
	TODAY_NONE(Set.of(), Set.of());

	private final Set<String> allowed;

	private final Set<String> required;

	TipsText(Set<String> allowed, Set<String> required) {
		this.allowed = allowed;
		this.required = required;
	}

	Set<String> allowed() {
		return allowed;
	}

	Set<String> required() {
		return required;
	}

	/** As written in settings.yml, e.g. {@code time_moved}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
