package org.nurture.conversation.content;

/** The kinds of typed answer a flow step can expect. */
public enum SlotType {

	ZIP("zip"), BABY_AGE("baby_age"), DATE("date"), TIME("time"), YES_NO("yes_no"), TEXT("text"),
	/**
	 * A US ZIP code or city ("02139", "Austin, TX"), stored as its label; answering it
	 * shows the nearest educators.
	 */
	PLACE("place");

	private final String code;

	SlotType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
