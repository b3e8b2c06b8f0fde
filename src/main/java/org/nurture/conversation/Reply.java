package org.nurture.conversation;

import java.util.List;

/**
 * One message Nurture sends back, with the choices the parent may answer with (buttons on
 * the web and Telegram, a numbered list by SMS).
 */
public record Reply(String text, List<String> choices) {

	public Reply {
		choices = List.copyOf(choices);
	}

	public static Reply of(String text) {
		return new Reply(text, List.of());
	}
}
