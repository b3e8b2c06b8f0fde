package org.nurture.conversation.content;

import java.util.Comparator;

/**
 * One thing wrong in {@code conversations/}: where it is, what is wrong, and how to fix
 * it.
 *
 * @param file the file, relative to the content folder, such as {@code answers/oils.yml}
 * @param line the line, from 1
 * @param column the column, from 1
 * @param what what is wrong, naming the flow, step or answer
 * @param fix what to do about it
 */
public record ContentProblem(String file, int line, int column, String what, String fix) {

	/** By file, then line, then column. */
	public static final Comparator<ContentProblem> BY_POSITION = Comparator.comparing(ContentProblem::file)
		.thenComparingInt(ContentProblem::line)
		.thenComparingInt(ContentProblem::column)
		.thenComparing(ContentProblem::what);

	static ContentProblem at(String file, YamlNode node, String what, String fix) {
		return new ContentProblem(file, node.line(), node.column(), what, fix);
	}

	@Override
	public String toString() {
		return "conversations/" + file + ":" + line + ":" + column + " " + what + "; " + fix;
	}
}
