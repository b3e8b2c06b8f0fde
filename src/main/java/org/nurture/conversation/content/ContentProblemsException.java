package org.nurture.conversation.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The content cannot be used: it has these problems, sorted by file, line and column, one
 * per line of the message.
 */
public class ContentProblemsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<ContentProblem> problems;

	public ContentProblemsException(List<ContentProblem> problems) {
		super(describe(sorted(problems)));
		this.problems = sorted(problems);
	}

	public List<ContentProblem> problems() {
		return problems;
	}

	private static List<ContentProblem> sorted(List<ContentProblem> problems) {
		return problems.stream().sorted(ContentProblem.BY_POSITION).toList();
	}

	private static String describe(List<ContentProblem> problems) {
		return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in conversations/:"
				+ problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n", "\n", ""));
	}

}
