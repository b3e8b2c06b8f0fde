package org.nurture.conversation.content;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Checks the content without starting the server:
 * {@code ./mvnw -q compile exec:java@validate-content [-Dexec.args=path/to/folder]}.
 * Prints a one-line summary, or every problem and exits with status 1.
 */
public final class ContentValidator {

	static final String DEFAULT_FOLDER = "conversations";

	private ContentValidator() {
	}

	public static void main(String[] args) {
		Path folder = Path.of(args.length > 0 ? args[0] : DEFAULT_FOLDER);
		int status = validate(folder, System.out, System.err);
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Checks {@code folder}: 0 when it is fine (with a summary on {@code out}), 1 with
	 * the problems on {@code err}.
	 */
	static int validate(Path folder, PrintStream out, PrintStream err) {
		try {
			Content content = new ContentLoader().load(folder);
			out.println("OK: " + content.answers().size() + " answers, " + content.flows().size() + " flows, "
					+ content.safety().size() + " safety rules, " + content.tips().size() + " tips");
			return 0;
		}
		catch (ContentProblemsException ex) {
			ex.problems().forEach(err::println);
			return 1;
		}
	}

}
