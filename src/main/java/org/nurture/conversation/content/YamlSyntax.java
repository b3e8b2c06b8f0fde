package org.nurture.conversation.content;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns SnakeYAML's syntax errors into problems an author can act on. */
final class YamlSyntax {

	private YamlSyntax() {
	}

	static ContentProblem problem(String file, MarkedYAMLException ex) {
		Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
		int line = mark == null ? 1 : mark.getLine() + 1;
		int column = mark == null ? 1 : mark.getColumn() + 1;
		String problem = ex.getProblem() != null ? ex.getProblem() : ex.getContext();
		String what = "YAML syntax error: " + oneLine(problem) + context(ex, line);
		return new ContentProblem(file, line, column, what, fix(problem));
	}

	private static String context(MarkedYAMLException ex, int problemLine) {
		Mark mark = ex.getContextMark();
		if (ex.getContext() == null || mark == null || mark.getLine() + 1 == problemLine) {
			return "";
		}
		return " (" + oneLine(ex.getContext()) + " on line " + (mark.getLine() + 1) + ")";
	}

	private static String fix(String problem) {
		String text = problem == null ? "" : problem;
		if (text.contains("\\t") || text.contains("TAB")) {
			return "indent with spaces, not tabs";
		}
		if (text.contains("mapping values are not allowed")) {
			return "put the text in quotes: an unquoted ': ' starts a new key";
		}
		if (text.contains("end of stream") || text.contains("quoted scalar")) {
			return "close the quote that starts the text";
		}
		if (text.contains("expected <block end>") || text.contains("expected ':'")) {
			return "check the indentation: keys of the same mapping and items of the same list start in the same column";
		}
		if (text.contains("undefined alias")) {
			return "define the anchor (&name) before using it (*name), or quote a text that starts with '*'";
		}
		return "check the indentation and the quoting on this line and the one before";
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").trim();
	}

}
