package org.nurture.conversation.content;

/**
 * The JSON Schemas content files follow, one per kind of file (in
 * {@code conversations/schema/}).
 */
public enum ContentSchema {

	SETTINGS("settings"), LEXICON("lexicon"), REFERRALS("referrals"), SAFETY("safety"), ANSWERS("answers"),
	FLOWS("flows"), TIPS("tips"), TESTS("tests");

	private final String name;

	ContentSchema(String name) {
		this.name = name;
	}

	/** The schema's file name, such as {@code answers.schema.json}. */
	public String fileName() {
		return name + ".schema.json";
	}

}
