package org.nurture.conversation.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a text travels by SMS: in GSM-7 (160 characters in one message, 153 per part of a
 * longer one; the extension characters {@code ^ { } \ [ ~ ] | €} take two) or, as soon as
 * one character is not GSM-7, in UCS-2 (70, then 67 per part). The SMS channel writes
 * {@code á í ó ú} (which GSM-7 lacks) as {@code a i o u}, so those never force UCS-2.
 */
final class GsmText {

	static final int MAX_SEGMENTS = 3;

	static final int SINGLE_SEPTETS = 160;

	static final int SEGMENT_SEPTETS = 153;

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String EXTENSION = "^{}\\[~]|€\f";

	private static final String WRITTEN_PLAIN = "áíóúÁÍÓÚ";

	private static final String WRITTEN_AS = "aiouAIOU";

	private static final Map<Integer, String> SUBSTITUTES = substitutes();

	private GsmText() {
	}

	/**
	 * How many septets {@code text} takes in GSM-7, once the SMS channel and the
	 * substitutes have made it plain.
	 */
	static int septets(String text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int codePoint = text.codePointAt(i);
			String plain = SUBSTITUTES.getOrDefault(codePoint, new String(Character.toChars(codePoint)));
			for (char c : plain.toCharArray()) {
				septets += EXTENSION.indexOf(c) >= 0 ? 2 : 1;
			}
		}
		return septets;
	}

	/** How many SMS a text of this many GSM-7 septets takes. */
	static int segments(int septets) {
		return septets <= SINGLE_SEPTETS ? 1 : (septets + SEGMENT_SEPTETS - 1) / SEGMENT_SEPTETS;
	}

	/**
	 * The characters of {@code text} that would send it in UCS-2, each with what to write
	 * instead (empty when there is no plain equivalent, as for emoji), in the order they
	 * first appear.
	 */
	static Map<String, String> unicodeOnly(String text) {
		Map<String, String> found = new LinkedHashMap<>();
		text.codePoints()
			.filter(codePoint -> !isPlain(codePoint))
			.forEach(codePoint -> found.putIfAbsent(new String(Character.toChars(codePoint)),
					SUBSTITUTES.getOrDefault(codePoint, "")));
		return found;
	}

	private static boolean isPlain(int codePoint) {
		if (Character.isSupplementaryCodePoint(codePoint)) {
			return false;
		}
		char c = (char) codePoint;
		return BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0 || WRITTEN_PLAIN.indexOf(c) >= 0;
	}

	private static Map<Integer, String> substitutes() {
		Map<Integer, String> substitutes = new LinkedHashMap<>();
		"’‘‚‛′´`".codePoints().forEach(c -> substitutes.put(c, "'"));
		"“”„‟″«»".codePoints().forEach(c -> substitutes.put(c, "\""));
		"‐‑‒–—―−•".codePoints().forEach(c -> substitutes.put(c, "-"));
		"\u00A0\u2007\u2009\u200A\u202F\u2002\u2003".codePoints().forEach(c -> substitutes.put(c, " "));
		substitutes.put((int) '…', "...");
		for (int i = 0; i < WRITTEN_PLAIN.length(); i++) {
			substitutes.put((int) WRITTEN_PLAIN.charAt(i), String.valueOf(WRITTEN_AS.charAt(i)));
		}
		return Map.copyOf(substitutes);
	}

}
