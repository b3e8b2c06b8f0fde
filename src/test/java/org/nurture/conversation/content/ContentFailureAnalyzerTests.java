package org.nurture.conversation.content;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class ContentFailureAnalyzerTests {

	private static final ContentProblem UNKNOWN_STEP = new ContentProblem("flows/bedtime.yml", 12, 19,
			"flow 'bedtime' step 'ask-time': next 'plann' is not a step of this flow", "did you mean 'plan'?");

	@Test
	void describesBrokenContentByItsProblemsAlone() {
		FailureAnalysis analysis = new ContentFailureAnalyzer()
			.analyze(new BeanCreationException("content", new ContentProblemsException(List.of(UNKNOWN_STEP))));

		assertThat(analysis.getDescription()).isEqualTo("The content in conversations/ has 1 problem:\n\n"
				+ "conversations/flows/bedtime.yml:12:19 flow 'bedtime' step 'ask-time': next 'plann' is not a step of"
				+ " this flow; did you mean 'plan'?");
		assertThat(analysis.getAction()).contains("./mvnw -q compile exec:java@validate-content");
	}

	@Test
	void brokenContentStopsStartupWithTheProblemListAndNoStackTrace(@TempDir Path content, CapturedOutput output) {
		ContentValidationTests.copy(ContentLoaderTests.VALID, content);
		ContentValidationTests.copy(ContentValidationTests.FIXTURES.resolve("unknown-step"), content);

		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(ContentAtStartup.class).web(WebApplicationType.NONE)
				.run("--nurture.content.location=" + content));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("conversations/flows/first-massage.yml:24:21 flow 'first-massage' step 'ready' choice 1:"
					+ " goto 'leggs' is not a step of this flow; did you mean 'legs'?")
			.doesNotContain("\tat ");
	}

	/**
	 * Loads the content at startup, as the application does, without the rest of the
	 * application.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ContentAtStartup {

		@Bean
		Content content(@Value("${nurture.content.location}") Path location) {
			return new ContentLoader().load(location);
		}

	}

}
