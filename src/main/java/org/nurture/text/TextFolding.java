package org.nurture.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a message to the form every rule matches on: lower case, accents removed
 * ({@code ñ} becomes {@code n}), apostrophes dropped ({@code can't} becomes
 * {@code cant}), emoji and other punctuation turned to single spaces, and a letter
 * repeated three or more times squashed to two ({@code tummmy} becomes {@code tummy},
 * {@code heyyy} becomes {@code heyy}; see {@link #singleLetters}). A colon or slash
 * between two digits is kept, so times and dates survive ({@code 7:30}, {@code 6/2}).
 */
public final class TextFolding {

	private TextFolding() {
	}

	public static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (!isAscii(lower)) {
			lower = Normalizer.normalize(lower, Normalizer.Form.NFD);
		}
		StringBuilder folded = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
				continue;
			}
			if (c < 128 ? Character.isLetterOrDigit(c) : Character.isLetter(c) && !Character.isSurrogate(c)) {
				if (!thirdInARow(folded, c)) {
					folded.append(c);
				}
			}
			else if ((c == ':' || c == '/') && betweenDigits(lower, i, folded)) {
				folded.append(c);
			}
			else if (folded.length() > 0 && folded.charAt(folded.length() - 1) != ' ') {
				folded.append(' ');
			}
		}
		int end = folded.length();
		if (end > 0 && folded.charAt(end - 1) == ' ') {
			folded.setLength(end - 1);
		}
		return folded.toString();
	}

	/**
	 * The number of words in a folded text (one space between words), as
	 * {@code split(" ")} would count them.
	 */
	public static int wordCount(String folded) {
		int words = 1;
		for (int i = 0; i < folded.length(); i++) {
			if (folded.charAt(i) == ' ') {
				words++;
			}
		}
		return words;
	}

	/**
	 * The word with every doubled letter made single ({@code heyy} becomes {@code hey}),
	 * for words not known as written.
	 */
	public static String singleLetters(String word) {
		StringBuilder single = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			if (i == 0 || word.charAt(i) != word.charAt(i - 1) || !Character.isLetter(word.charAt(i))) {
				single.append(word.charAt(i));
			}
		}
		return single.toString();
	}

	/**
	 * Plain ASCII has no accents to take apart, so it skips the Unicode normalization.
	 */
	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A letter a to z that would be the third of the same in a row ("tummmy"), which is
	 * squashed to two.
	 */
	private static boolean thirdInARow(StringBuilder folded, char c) {
		int length = folded.length();
		return c >= 'a' && c <= 'z' && length >= 2 && folded.charAt(length - 1) == c && folded.charAt(length - 2) == c;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`' || c == '\u00b4';
	}

	private static boolean betweenDigits(String text, int at, StringBuilder folded) {
		return at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)) && folded.length() > 0
				&& Character.isDigit(folded.charAt(folded.length() - 1));
	}

}
