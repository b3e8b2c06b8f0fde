package org.nurture.conversation.content;

/** How strong the evidence behind a health answer is. */
public enum Evidence {

	GUIDELINE("guideline"), MODERATE("moderate"), LOW("low"), MIXED("mixed"), PRACTICE("practice");

	private final String code;

	Evidence(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
