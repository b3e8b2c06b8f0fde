package org.nurture.conversation.content;

import java.util.Locale;

/**
 * The words that manage daily tips ({@code tips.words} in {@code settings.yml}), each a
 * list per language; a typo in a longer word is forgiven.
 */
public enum TipsWord {

	/** Subscribe, or show the settings: "tips", "consejos". */
	TIPS,
	/** Pause for a week, or for a number of days: "pause", "pause 3 days", "pausa". */
	PAUSE,
	/** Tips again after a pause: "resume", "seguir". */
	RESUME,
	/** A new time of day: "time 7pm", "hora 7pm", or "time" alone to be asked. */
	TIME,
	/** Three a week (Monday, Wednesday, Friday): "less", "menos". */
	LESS,
	/** Every day: "more", "más". */
	MORE,
	/** A new birth or due date: "update", "update born June 2", "actualizar". */
	UPDATE,
	/** Tips end, other messages go on: "stop tips", "no more tips". */
	STOP,
	/**
	 * Today's tip for the baby's age, asked for once ("today's tip"); the first word is
	 * the label of the choice the web chat offers.
	 */
	TODAY,
	/**
	 * Words saying an expected baby was born ("the baby is born", "ya nació"): found
	 * anywhere in a message, and only while tips follow a due date.
	 */
	BORN;

	/** As written in settings.yml, e.g. {@code pause}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
