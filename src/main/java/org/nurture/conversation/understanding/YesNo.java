package org.nurture.conversation.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.nurture.conversation.content.Lexicon;
import org.nurture.conversation.content.WordList;
import org.nurture.text.TextFolding;

/**
 * A yes or a no as a short answer: "yes", "yep sure", "sí claro", "not yet", "todavía
 * no", or a thumbs up or down. A longer message that merely starts with "no" is not an
 * answer. The words are the lexicon's ({@code answers} and {@code politeness.after}), in
 * every language at once: a Spanish speaker's "ok" is a yes too.
 */
final class YesNo {

	private static final int MOST_WORDS = 4;

	private static final String THUMBS_UP = "\uD83D\uDC4D";

	private static final String THUMBS_DOWN = "\uD83D\uDC4E";

	private final Set<String> yes;

	private final Set<String> no;

	private final Set<String> unsure;

	private final Set<String> startingYes;

	private final Set<String> startingNo;

	private final List<String> polite;

	YesNo(Lexicon lexicon) {
		this.yes = Set.copyOf(lexicon.words(WordList.YES));
		this.no = Set.copyOf(lexicon.words(WordList.NO));
		this.unsure = Set.copyOf(lexicon.words(WordList.UNSURE));
		this.startingYes = Set.copyOf(lexicon.words(WordList.STARTING_YES));
		this.startingNo = Set.copyOf(lexicon.words(WordList.STARTING_NO));
		this.polite = List.copyOf(lexicon.words(WordList.POLITE_AFTER));
	}

	Optional<Boolean> in(String raw, String folded) {
		if (raw.contains(THUMBS_UP)) {
			return Optional.of(true);
		}
		if (raw.contains(THUMBS_DOWN)) {
			return Optional.of(false);
		}
		String text = withoutPoliteness(folded);
		if (!yes.contains(text) && !no.contains(text)) {
			text = TextFolding.singleLetters(text);
		}
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String[] words = text.split(" ");
		if (words.length > MOST_WORDS || unsure.contains(text)) {
			return Optional.empty();
		}
		if (yes.contains(text)) {
			return Optional.of(true);
		}
		if (no.contains(text)) {
			return Optional.of(false);
		}
		String twoFirst = words.length > 1 ? words[0] + " " + words[1] : words[0];
		if (unsure.contains(twoFirst)) {
			return Optional.empty();
		}
		String first = words[0];
		if (no.contains(twoFirst) || startingNo.contains(first)) {
			return Optional.of(false);
		}
		if (yes.contains(twoFirst) || startingYes.contains(first)) {
			return Optional.of(true);
		}
		return Optional.empty();
	}

	/** "I don't know", "not sure", "no sé": neither an answer nor a question. */
	boolean unsure(String folded) {
		return unsure.contains(withoutPoliteness(folded));
	}

	/**
	 * Whether the text ends with a space and the word (or words), without building that
	 * text.
	 */
	static boolean endsWithWord(String text, String word) {
		return text.length() > word.length() && text.endsWith(word)
				&& text.charAt(text.length() - word.length() - 1) == ' ';
	}

	private String withoutPoliteness(String folded) {
		String text = folded;
		for (String word : polite) {
			if (endsWithWord(text, word)) {
				text = text.substring(0, text.length() - word.length() - 1);
			}
		}
		return text.strip();
	}

}
