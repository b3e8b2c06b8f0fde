package org.nurture.conversation.content;

/** The kinds of typed answer a flow step can expect. */
public enum SlotType {

	ZIP("zip"), BABY_AGE("baby_age"), DATE("date"), TIME("time"), YES_NO("yes_no"), TEXT("text"),
	/**
	 * A US ZIP code or city ("02139", "Austin, TX"), stored as its label; answering it
	 * shows the nearest educators.
	 */
	PLACE("place"),
	/**
	 * The baby's birth date or age ("born March 3", "6 weeks"), or the due date ("due May
	 * 20", "30 weeks pregnant"), stored as {@code born:2026-03-03} or
	 * {@code due:2026-09-20}; a baby over two, or a due date more than 42 weeks away, is
	 * refused kindly.
	 */
	BIRTH_OR_DUE("birth_or_due"),
	/**
	 * A time of day for messages ("mornings", "7:30pm", "a las 8"), moved inside the
	 * hours tips may be sent (the parent is told), stored as {@code 19:30}.
	 */
	SEND_TIME("send_time"),
	/**
	 * The parent's time zone, from a ZIP code, a city or a shared Telegram location,
	 * stored as its IANA id ({@code America/Chicago}).
	 */
	TIME_ZONE("time_zone");

	private final String code;

	SlotType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
