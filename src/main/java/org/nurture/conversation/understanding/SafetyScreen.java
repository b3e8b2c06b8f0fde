package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A quick first look before the safety patterns run: the words each pattern can start
 * with. Most patterns begin at a word boundary with a literal word or a group of literal
 * words ({@code \b(not|isnt|stopped) breath...}); when none of those starts a word of the
 * message, the pattern cannot match and is not run. The message is scanned once for all
 * the patterns. A pattern whose start cannot be read this way (such as one beginning with
 * a lookahead) is always run, so the screen never hides a match.
 */
final class SafetyScreen {

	/** Every start of every pattern, spelled out character by character. */
	private final StartTrie starts;

	/** The patterns whose starts cannot be read. */
	private final BitSet always = new BitSet();

	/**
	 * The screen for these patterns, which {@link #mayMatch} tells apart by their index
	 * in the list.
	 */
	SafetyScreen(List<String> patterns) {
		StartTrie.Builder root = new StartTrie.Builder();
		for (int pattern = 0; pattern < patterns.size(); pattern++) {
			List<String> readStarts = new ArrayList<>();
			for (String alternative : splitTopLevel(patterns.get(pattern))) {
				Optional<List<String>> read = starts(alternative);
				if (read.isEmpty()) {
					readStarts.clear();
					break;
				}
				readStarts.addAll(read.get());
			}
			if (readStarts.isEmpty()) {
				always.set(pattern);
			}
			for (String start : readStarts) {
				root.add(start, pattern);
			}
		}
		this.starts = root.build();
	}

	/**
	 * The patterns (by index) that might match somewhere in the text (folded: lower case
	 * words and spaces).
	 */
	BitSet mayMatch(String text) {
		BitSet candidates = (BitSet) always.clone();
		for (int i = 0; i < text.length(); i++) {
			if (i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1))) {
				continue;
			}
			StartTrie node = starts;
			for (int at = i; at < text.length() && node != null; at++) {
				node = node.child(text.charAt(at));
				if (node != null) {
					for (int pattern : node.patterns()) {
						candidates.set(pattern);
					}
				}
			}
		}
		return candidates;
	}

	/**
	 * Whether a position after this character is surely not a word start, for {@code \b}
	 * in every Java the service runs on. Up to Java 18 a letter of any alphabet is a word
	 * character; from Java 19 only ASCII ones are (so "ł" or "ß" before a word leaves a
	 * word boundary). Only ASCII letters and digits are word characters in both, so only
	 * after them is a position skipped: the screen stays as sharp as before on folded
	 * text and never hides a match.
	 */
	private static boolean isAsciiLetterOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/**
	 * The literal texts every match of the pattern starts with: after a leading
	 * {@code \b}, runs of letters, digits and spaces and groups of such runs, read in
	 * sequence as far as they go ({@code \b(is|s) choking} starts with "is choking" or "s
	 * choking"; {@code \b(se )?trago} with "se trago" or "trago"); empty when the pattern
	 * does not start that way. A pattern that first rules texts out and then skips ahead
	 * ({@code ^(?!.*\bmassage).*\bhurt}) is read from where it skips to: every match has
	 * "hurt" at a word start somewhere, which is all the screen asks.
	 */
	static Optional<List<String>> starts(String pattern) {
		pattern = PatternStarts.afterExclusions(pattern);
		if (!pattern.startsWith("\\b")) {
			return Optional.empty();
		}
		return readable(PatternStarts.read(pattern.substring(2)).stream().map(PatternStarts.Literal::text).toList());
	}

	/**
	 * Starts the screen can look for (none empty, each at a word start rather than a
	 * space), without those that a shorter one already covers ("not breathe" when there
	 * is "not breath").
	 */
	private static Optional<List<String>> readable(List<String> starts) {
		if (starts.stream().anyMatch(start -> start.isEmpty() || start.charAt(0) == ' ')) {
			return Optional.empty();
		}
		List<String> needed = new ArrayList<>();
		for (String start : starts) {
			if (starts.stream().noneMatch(other -> other.length() < start.length() && start.startsWith(other))
					&& !needed.contains(start)) {
				needed.add(start);
			}
		}
		return Optional.of(needed);
	}

	/** The text split at each {@code |} outside groups and character classes. */
	static List<String> splitTopLevel(String pattern) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int start = 0;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				parts.add(pattern.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(pattern.substring(start));
		return parts;
	}

}
