package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the literal texts a safety pattern's matches start with, for the
 * {@link SafetyScreen}: runs of letters, digits and spaces and groups of such runs, in
 * sequence as far as they go. What cannot be read this way ends the reading, so a text
 * read is always one that every match starts with.
 */
final class PatternStarts {

	/**
	 * Past this many, the starts are not spelled out further (the screen stays correct,
	 * only less sharp).
	 */
	private static final int MOST_STARTS = 64;

	private PatternStarts() {
	}

	/**
	 * The literal starts of a sequence (a pattern, or an alternative inside a group),
	 * each open when it spells out the whole sequence, so that what follows the sequence
	 * may be added to it ({@code turn(ed|s)?} in {@code \b(turn(ed|s)?|is) blue} gives
	 * "turned blue", "turns blue", "turn blue" and "is blue").
	 */
	static List<Literal> read(String sequence) {
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
			for (String alternative : SafetyScreen.splitTopLevel(rest.substring(1, close))) {
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

	/**
	 * A literal text that matches start with; open while it spells out all that was read
	 * so far.
	 */
	record Literal(String text, boolean open) {
	}

	/**
	 * The pattern after a leading {@code ^}, negative lookaheads and {@code .*}, when it
	 * has them all: what is left must match somewhere in a text that the pattern matches.
	 */
	static String afterExclusions(String pattern) {
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

	/**
	 * The longest leading run of plain characters that every match must contain, dropping
	 * one made optional.
	 */
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

}
