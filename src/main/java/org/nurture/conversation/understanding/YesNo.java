package org.nurture.conversation.understanding;

import org.nurture.text.TextFolding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A yes or a no, in English or Spanish, as a short answer: "yes", "yep sure", "sí claro", "not yet", "todavía no",
 * or a thumbs up or down. A longer message that merely starts with "no" is not an answer.
 */
final class YesNo {

	private static final int MOST_WORDS = 4;

	private static final Set<String> YES = Set.of("yes", "y", "yeah", "yea", "ya", "yep", "yup", "yas", "sure",
			"ok", "okay", "okey", "k", "kk", "correct", "right", "absolutely", "definitely", "certainly", "of course",
			"si", "sip", "claro", "dale", "va", "vale", "sale", "simon", "exacto", "correcto", "listo", "lista",
			"por supuesto", "afirmativo", "ready", "i am", "im ready", "we are", "yes please", "please do");

	private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "nop", "not", "not yet", "not now",
			"not really", "no thanks", "no thank you", "never", "todavia no", "aun no", "ahorita no", "ahora no",
			"tampoco", "nel", "negativo", "para nada", "no gracias", "nunca");

	private static final Set<String> UNSURE = Set.of("not sure", "no se", "no lo se", "maybe", "tal vez",
			"quizas", "quiza", "idk", "i dont", "dont know", "i dont know", "no estoy segura", "no estoy seguro", "no me lo se", "no tengo idea",
			"no idea", "no se la verdad", "ni idea", "im not sure", "not sure yet");

	/** Words that make a short message a yes or a no when it starts with them ("yes I am", "no not yet"). */
	private static final Set<String> LEADING_YES = Set.of("yes", "yeah", "yep", "yup", "si", "claro", "sure");

	private static final Set<String> LEADING_NO = Set.of("no", "nope", "nah", "not");

	private static final List<String> POLITE = List.of("please", "thanks", "thank you", "por favor", "gracias");

	private YesNo() {
	}

	static Optional<Boolean> in(String raw, String folded) {
		if (raw.contains("\uD83D\uDC4D")) {
			return Optional.of(true);
		}
		if (raw.contains("\uD83D\uDC4E")) {
			return Optional.of(false);
		}
		String text = withoutPoliteness(folded);
		if (!YES.contains(text) && !NO.contains(text)) {
			text = TextFolding.singleLetters(text);
		}
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String[] words = text.split(" ");
		if (words.length > MOST_WORDS || UNSURE.contains(text)) {
			return Optional.empty();
		}
		if (YES.contains(text)) {
			return Optional.of(true);
		}
		if (NO.contains(text)) {
			return Optional.of(false);
		}
		String twoFirst = words.length > 1 ? words[0] + " " + words[1] : words[0];
		if (UNSURE.contains(text) || UNSURE.contains(twoFirst)) {
			return Optional.empty();
		}
		String first = words[0];
		if (NO.contains(twoFirst) || LEADING_NO.contains(first)) {
			return Optional.of(false);
		}
		if (YES.contains(twoFirst) || LEADING_YES.contains(first)) {
			return Optional.of(true);
		}
		return Optional.empty();
	}

	/** "I don't know", "not sure", "no sé": neither an answer nor a question. */
	static boolean unsure(String folded) {
		return UNSURE.contains(withoutPoliteness(folded));
	}

	/** Whether the text ends with a space and the word (or words), without building that text. */
	static boolean endsWithWord(String text, String word) {
		return text.length() > word.length() && text.endsWith(word)
				&& text.charAt(text.length() - word.length() - 1) == ' ';
	}

	private static String withoutPoliteness(String folded) {
		String text = folded;
		for (String polite : POLITE) {
			if (endsWithWord(text, polite)) {
				text = text.substring(0, text.length() - polite.length() - 1);
			}
		}
		return text.strip();
	}
}
