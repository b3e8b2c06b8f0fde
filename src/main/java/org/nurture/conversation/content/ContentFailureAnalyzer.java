package org.nurture.conversation.content;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * When broken content stops startup, says what is wrong in the content and nothing else:
 * one line per problem, no stack trace. Registered in {@code META-INF/spring.factories}.
 */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentProblemsException> {

	static final String VALIDATE_COMMAND = "./mvnw -q compile exec:java@validate-content";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentProblemsException cause) {
		int count = cause.problems().size();
		String description = "The content in conversations/ has " + count + (count == 1 ? " problem" : " problems")
				+ ":\n\n" + cause.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
		String action = "Fix each problem above (file:line:column, what is wrong; how to fix it), then check the content"
				+ " without starting the server: " + VALIDATE_COMMAND;
		return new FailureAnalysis(description, action, cause);
	}

}
