package org.nurture.conversation.content;

import java.util.List;

/**
 * The word lists of {@code lexicon.yml} that steer understanding, each written per
 * language. Their words are kept folded as messages are (lower case, no accents), so an
 * author may write "sí" or "todavía no".
 */
public enum WordList {

	/** Words that carry no topic in a question. */
	STOPWORDS("stopwords"),
	/** Greetings and thanks set aside around a question. */
	GREETINGS("greetings"),
	/** "Please" before a command or a yes. */
	POLITE_BEFORE("politeness", "before"),
	/** "Please" or "thanks" after a command or a yes. */
	POLITE_AFTER("politeness", "after"),
	/** A short answer that is a yes. */
	YES("answers", "yes"),
	/** A short answer that is a no. */
	NO("answers", "no"),
	/** "Not sure": neither a yes nor a no, nor a question. */
	UNSURE("answers", "unsure"),
	/** A short message that starts with one of these is a yes. */
	STARTING_YES("answers", "starting_yes"),
	/** A short message that starts with one of these is a no. */
	STARTING_NO("answers", "starting_no"),
	/** Words after which a city is expected ("in", "cerca de"). */
	PLACE_CUES("places", "cues"),
	/** Words around a bare city answer that are not part of the city. */
	PLACE_FILLER("places", "filler");

	private final List<String> path;

	WordList(String... path) {
		this.path = List.of(path);
	}

	/**
	 * Where the list is under a language of {@code lexicon.yml}, such as
	 * {@code [answers, yes]}.
	 */
	List<String> path() {
		return path;
	}

	/** As an author reads it, such as {@code answers.yes}. */
	public String key() {
		return String.join(".", path);
	}

}
