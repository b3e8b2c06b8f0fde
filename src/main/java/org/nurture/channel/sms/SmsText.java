package org.nurture.channel.sms;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as SMS carries it. Typographic punctuation becomes its GSM-7 look-alike (one curly
 * quote would otherwise switch the whole message to UCS-2 and cut a segment from 153 to
 * 67 characters); segments are counted the way carriers bill them; and text too long for
 * a few segments is split at sentence boundaries, then at words.
 */
final class SmsText {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	/** Characters of the GSM-7 extension table, each sent as two septets. */
	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	/**
	 * Both alphabets as a set of characters: every reply is checked character by
	 * character, often twice.
	 */
	private static final BitSet GSM = characters(GSM_BASIC + GSM_EXTENSION);

	private static final BitSet GSM_EXTENDED = characters(GSM_EXTENSION);

	private static final int GSM_SINGLE = 160;

	private static final int GSM_PART = 153;

	private static final int UCS2_SINGLE = 70;

	private static final int UCS2_PART = 67;

	/**
	 * After a full stop, question or exclamation mark; not after a list item's number
	 * ("2. Oils").
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!^\\d{1,3}[.])\\s+");

	private SmsText() {
	}

	/**
	 * Replaces typographic punctuation with GSM-7 look-alikes, writes á, í, ó, ú without
	 * their accent (as conversations/README.md promises authors), and drops what XML or a
	 * handset cannot carry.
	 */
	static String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		String unified = text.replace("\r\n", "\n");
		for (int i = 0; i < unified.length(); i++) {
			char c = unified.charAt(i);
			switch (c) {
				case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> out.append('\'');
				case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2022', '\u00B7' ->
					out.append('-');
				case '\u2026' -> out.append("...");
				// Spanish vowels GSM-7 lacks: one of them would send the whole message as
				// UCS-2 (67 characters a segment instead of 153); é, ñ, ü, ¿ and ¡ are in
				// GSM-7 and stay.
				case '\u00E1' -> out.append('a');
				case '\u00ED' -> out.append('i');
				case '\u00F3' -> out.append('o');
				case '\u00FA' -> out.append('u');
				case '\u00C1' -> out.append('A');
				case '\u00CD' -> out.append('I');
				case '\u00D3' -> out.append('O');
				case '\u00DA' -> out.append('U');
				case '\t', '\u00A0', '\u202F', '\u205F', '\u3000' -> out.append(' ');
				case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
				}
				default -> {
					if (c >= '\u2000' && c <= '\u200A') {
						out.append(' ');
					}
					else if (c == '\n' || !Character.isISOControl(c)) {
						out.append(c);
					}
				}
			}
		}
		return out.toString().strip();
	}

	/**
	 * Whether the whole text fits the GSM-7 alphabet; one other character makes the
	 * message UCS-2.
	 */
	static boolean isGsm(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!GSM.get(c)) {
				return false;
			}
		}
		return true;
	}

	/** How many segments the text is sent (and billed) as. */
	static int segments(CharSequence text) {
		if (text.length() == 0) {
			return 1;
		}
		if (isGsm(text)) {
			int septets = 0;
			for (int i = 0; i < text.length(); i++) {
				septets += GSM_EXTENDED.get(text.charAt(i)) ? 2 : 1;
			}
			return septets <= GSM_SINGLE ? 1 : ceilDiv(septets, GSM_PART);
		}
		// UCS-2 counts UTF-16 units: an emoji outside the BMP takes two.
		return text.length() <= UCS2_SINGLE ? 1 : ceilDiv(text.length(), UCS2_PART);
	}

	/**
	 * Splits the text into messages of at most {@code maxSegments} segments each: whole
	 * lines and sentences where they fit, words when a sentence alone is too long,
	 * characters only for a word longer than a message.
	 */
	static List<String> split(String text, int maxSegments) {
		List<String> messages = new ArrayList<>();
		if (segments(text) <= maxSegments) {
			messages.add(text);
			return messages;
		}
		StringBuilder current = new StringBuilder();
		String[] lines = text.split("\n");
		for (int l = 0; l < lines.length; l++) {
			String[] sentences = SENTENCE_END.split(lines[l]);
			for (int s = 0; s < sentences.length; s++) {
				String separator = s > 0 ? " " : l > 0 ? "\n" : "";
				append(messages, current, separator, sentences[s], maxSegments);
			}
		}
		flush(messages, current);
		return messages;
	}

	private static void append(List<String> messages, StringBuilder current, String separator, String piece,
			int maxSegments) {
		if (current.length() > 0 && segments(current + separator + piece) <= maxSegments) {
			current.append(separator).append(piece);
			return;
		}
		flush(messages, current);
		if (segments(piece) <= maxSegments) {
			current.append(piece);
			return;
		}
		for (String word : piece.split(" ")) {
			if (current.length() > 0 && segments(current + " " + word) <= maxSegments) {
				current.append(' ').append(word);
				continue;
			}
			flush(messages, current);
			String rest = word;
			while (segments(rest) > maxSegments) {
				int cut = longestPrefix(rest, maxSegments);
				messages.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			current.append(rest);
		}
	}

	private static int longestPrefix(String word, int maxSegments) {
		int cut = word.length();
		while (cut > 1 && segments(word.substring(0, cut)) > maxSegments) {
			cut--;
		}
		if (Character.isLowSurrogate(word.charAt(cut)) && cut > 1) {
			cut--;
		}
		return cut;
	}

	private static void flush(List<String> messages, StringBuilder current) {
		String message = current.toString().strip();
		if (!message.isEmpty()) {
			messages.add(message);
		}
		current.setLength(0);
	}

	private static BitSet characters(String alphabet) {
		BitSet set = new BitSet(Character.MAX_VALUE + 1);
		alphabet.chars().forEach(set::set);
		return set;
	}

	private static int ceilDiv(int dividend, int divisor) {
		return (dividend + divisor - 1) / divisor;
	}

}
