package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A quick first look before the safety patterns run: the words each pattern can start with. Most patterns begin at a
 * word boundary with a literal word or a group of literal words ({@code \b(not|isnt|stopped) breath...}); when none
 * of those starts a word of the message, the pattern cannot match and is not run. The message is scanned once for
 * all the patterns. A pattern whose start cannot be read this way (such as one beginning with a lookahead) is always
 * run, so the screen never hides a match.
 */
final class SafetyScreen {

	/** Past this many, the starts are not spelled out further (the screen stays correct, only less sharp). */
	private static final int MOST_STARTS = 64;

	/**
	 * Every start of every pattern, spelled out character by character. Many starts share their first words (more
	 * than half begin with "i "), so a word of the message is walked once, however many starts begin like it.
	 */
	private final TrieNode starts;

	/** The patterns whose starts cannot be read. */
	private final BitSet always = new BitSet();

	/** The screen for these patterns, which {@link #mayMatch} tells apart by their index in the list. */
	SafetyScreen(List<String> patterns) {
		TrieBuilder root = new TrieBuilder();
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

	/** The patterns (by index) that might match somewhere in the text (folded: lower case words and spaces). */
	BitSet mayMatch(String text) {
		BitSet candidates = (BitSet) always.clone();
		for (int i = 0; i < text.length(); i++) {
			if (i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1))) {
				continue;
			}
			TrieNode node = starts;
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
	 * A node of the starts' trie: the characters that may follow (sorted, for a binary search), their nodes, and the
	 * patterns with a start that ends here.
	 */
	private record TrieNode(char[] next, TrieNode[] children, int[] patterns) {

		TrieNode child(char c) {
			int found = Arrays.binarySearch(next, c);
			return found < 0 ? null : children[found];
		}
	}

	/** Builds the trie, which is then frozen into {@link TrieNode}s. */
	private static final class TrieBuilder {

		private final TreeMap<Character, TrieBuilder> children = new TreeMap<>();

		private final Set<Integer> patterns = new TreeSet<>();

		void add(String start, int pattern) {
			TrieBuilder node = this;
			for (int i = 0; i < start.length(); i++) {
				node = node.children.computeIfAbsent(start.charAt(i), c -> new TrieBuilder());
			}
			node.patterns.add(pattern);
		}

		TrieNode build() {
			char[] next = new char[children.size()];
			TrieNode[] built = new TrieNode[children.size()];
			int i = 0;
			for (Map.Entry<Character, TrieBuilder> child : children.entrySet()) {
				next[i] = child.getKey();
				built[i++] = child.getValue().build();
			}
			return new TrieNode(next, built, patterns.stream().mapToInt(Integer::intValue).toArray());
		}
	}

	/**
	 * Whether a position after this character is surely not a word start, for {@code \b} in every Java the service
	 * runs on. Up to Java 18 a letter of any alphabet is a word character; from Java 19 only ASCII ones are (so "ł" or
	 * "ß" before a word leaves a word boundary). Only ASCII letters and digits are word characters in both, so only
	 * after them is a position skipped: the screen stays as sharp as before on folded text and never hides a match.
	 */
	private static boolean isAsciiLetterOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/**
	 * The literal texts every match of the pattern starts with: after a leading {@code \b}, runs of letters, digits
	 * and spaces and groups of such runs, read in sequence as far as they go ({@code \b(is|s) choking} starts with
	 * "is choking" or "s choking"; {@code \b(se )?trago} with "se trago" or "trago"); empty when the pattern does not
	 * start that way. A pattern that first rules texts out and then skips ahead ({@code ^(?!.*\bmassage).*\bhurt})
	 * is read from where it skips to: every match has "hurt" at a word start somewhere, which is all the screen asks.
	 */
	static Optional<List<String>> starts(String pattern) {
		pattern = afterExclusions(pattern);
		if (!pattern.startsWith("\\b")) {
			return Optional.empty();
		}
		return readable(read(pattern.substring(2)).stream().map(Literal::text).toList());
	}

	/**
	 * The literal starts of a sequence (a pattern, or an alternative inside a group), each open when it spells out
	 * the whole sequence, so that what follows the sequence may be added to it ({@code turn(ed|s)?} in
	 * {@code \b(turn(ed|s)?|is) blue} gives "turned blue", "turns blue", "turn blue" and "is blue").
	 */
	private static List<Literal> read(String sequence) {
		List<Literal> starts = List.of(new Literal("", true));
		String rest = sequence;
		while (!rest.isEmpty() && starts.stream().anyMatch(Literal::open) && starts.size() <= MOST_STARTS) {
			if (rest.startsWith("\\b")) {
				rest = rest.substring(2);
				continue;
			}
			if (isPlain(rest.charAt(0))) {
				String literal = literalStart(rest);
				starts = append(starts, List.of(new Literal(literal, literal.length() == plainRun(rest))));
				rest = rest.substring(literal.length());
				continue;
			}
			int close = rest.startsWith("(") && !rest.startsWith("(?") ? closingParenthesis(rest) : -1;
			boolean optional = close > 0 && close + 1 < rest.length() && rest.charAt(close + 1) == '?';
			if (close < 0 || (optionalAfter(rest, close) && !optional)) {
				break;
			}
			List<Literal> group = new ArrayList<>();
			for (String alternative : splitTopLevel(rest.substring(1, close))) {
				group.addAll(read(alternative));
			}
			if (optional) {
				group.add(new Literal("", true));
			}
			starts = append(starts, group);
			rest = rest.substring(close + (optional ? 2 : 1));
		}
		if (rest.isEmpty()) {
			return starts;
		}
		return starts.stream().map(start -> new Literal(start.text(), false)).toList();
	}

	/** A literal text that matches start with; open while it spells out all that was read so far. */
	private record Literal(String text, boolean open) {
	}

	/**
	 * Starts the screen can look for (none empty, each at a word start rather than a space), without those that a
	 * shorter one already covers ("not breathe" when there is "not breath").
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

	/**
	 * The pattern after a leading {@code ^}, negative lookaheads and {@code .*}, when it has them all: what is left
	 * must match somewhere in a text that the pattern matches.
	 */
	private static String afterExclusions(String pattern) {
		if (!pattern.startsWith("^(?!")) {
			return pattern;
		}
		String rest = pattern.substring(1);
		while (rest.startsWith("(?!")) {
			int close = closingParenthesis(rest);
			if (close < 0) {
				return pattern;
			}
			rest = rest.substring(close + 1);
		}
		return rest.startsWith(".*") ? rest.substring(2) : pattern;
	}

	/** Each open start followed by each ending; a closed start stays as it is. */
	private static List<Literal> append(List<Literal> starts, List<Literal> endings) {
		List<Literal> longer = new ArrayList<>(starts.size() * endings.size());
		for (Literal start : starts) {
			if (!start.open()) {
				longer.add(start);
				continue;
			}
			for (Literal ending : endings) {
				longer.add(new Literal(start.text() + ending.text(), ending.open()));
			}
		}
		return longer;
	}

	private static int plainRun(String text) {
		int end = 0;
		while (end < text.length() && isPlain(text.charAt(end))) {
			end++;
		}
		return end;
	}

	/** The longest leading run of plain characters that every match must contain, dropping one made optional. */
	private static String literalStart(String text) {
		int end = plainRun(text);
		if (end < text.length() && "?*{".indexOf(text.charAt(end)) >= 0) {
			end--;
		}
		return end <= 0 ? "" : text.substring(0, end);
	}

	private static boolean isPlain(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
	}

	private static boolean optionalAfter(String text, int close) {
		return close + 1 < text.length() && "?*{".indexOf(text.charAt(close + 1)) >= 0;
	}

	private static int closingParenthesis(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
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
