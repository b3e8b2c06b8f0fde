package org.nurture.conversation.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.nurture.conversation.Location;

/**
 * One message of a golden conversation and what Nurture must answer to it.
 *
 * @param user what the parent writes (empty for a picture with no text)
 * @param afterMinutes the minutes that pass before this message, on top of the usual
 * minute between turns
 * @param botContains fragments the answer must contain, ignoring case (the replies and
 * their choices)
 * @param botNotContains fragments the answer must not contain, ignoring case
 * @param botExact the whole answer, every reply joined by a blank line ({@code ""}: no
 * answer at all), or null
 * @param choices the choices of the last reply, in order ({@code []}: none), or null when
 * not checked
 * @param line the line of the turn in its file, for error messages
 * @param location a place the parent shares with the message (a Telegram location), or
 * null
 */
public record GoldenTurn(String user, int afterMinutes, List<String> botContains, List<String> botNotContains,
		String botExact, List<String> choices, int line, Location location) {

	public GoldenTurn {
		botContains = List.copyOf(botContains);
		botNotContains = List.copyOf(botNotContains);
		choices = choices == null ? null : List.copyOf(choices);
	}

	public GoldenTurn(String user, int afterMinutes, List<String> botContains, List<String> botNotContains,
			String botExact, List<String> choices, int line) {
		this(user, afterMinutes, botContains, botNotContains, botExact, choices, line, null);
	}

	/**
	 * Checks an answer as the engine and the Telegram bot give it: the fragments against
	 * the answer's text and choices ({@code searchable}, any case), the whole text, and
	 * the last reply's choices (its buttons, on Telegram).
	 * @param where the file, line and conversation so far, for a failure's message
	 */
	public void assertAnswer(String where, String said, String searchable, List<String> lastChoices) {
		String answer = searchable.toLowerCase(Locale.ROOT);
		for (String expected : botContains) {
			assertThat(answer).as(where + "\nexpected the answer to contain")
				.contains(expected.toLowerCase(Locale.ROOT));
		}
		for (String unexpected : botNotContains) {
			assertThat(answer).as(where + "\nexpected the answer not to contain")
				.doesNotContain(unexpected.toLowerCase(Locale.ROOT));
		}
		if (botExact != null) {
			assertThat(said.strip()).as(where + "\nexpected exactly").isEqualTo(botExact.strip());
		}
		if (choices != null) {
			assertThat(lastChoices).as(where + "\nexpected the choices").containsExactlyElementsOf(choices);
		}
	}

}
