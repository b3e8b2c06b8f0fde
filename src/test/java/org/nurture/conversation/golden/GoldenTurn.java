package org.nurture.conversation.golden;

import java.util.List;

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
 */
public record GoldenTurn(String user, int afterMinutes, List<String> botContains, List<String> botNotContains,
		String botExact, List<String> choices, int line) {

	public GoldenTurn {
		botContains = List.copyOf(botContains);
		botNotContains = List.copyOf(botNotContains);
		choices = choices == null ? null : List.copyOf(choices);
	}
}
