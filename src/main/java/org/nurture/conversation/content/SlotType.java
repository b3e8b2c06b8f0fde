package org.nurture.conversation.content;

/** The kinds of typed answer a flow step can expect. */
public enum SlotType {
	ZIP("zip"), BABY_AGE("baby_age"), DATE("date"), TIME("time"), YES_NO("yes_no"), TEXT("text");

	private final String code;

	SlotType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
