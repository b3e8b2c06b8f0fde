package org.nurture.conversation.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content cannot be used: it has these problems, sorted by file, line and column. */
public class ContentProblemsException extends RuntimeException {

	private final List<ContentProblem> problems;

	public ContentProblemsException(List<ContentProblem> problems) {
		super(describe(problems));
		this.problems = problems.stream().sorted(ContentProblem.BY_POSITION).toList();
	}

	public List<ContentProblem> problems() {
		return problems;
	}

	private static String describe(List<ContentProblem> problems) {
		return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in conversations/:"
				+ problems.stream()
					.sorted(ContentProblem.BY_POSITION)
					.map(ContentProblem::toString)
					.collect(Collectors.joining("\n", "\n", ""));
	}
}
