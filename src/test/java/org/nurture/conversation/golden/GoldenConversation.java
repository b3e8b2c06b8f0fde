package org.nurture.conversation.golden;

import java.util.List;

import org.nurture.conversation.content.Language;

/**
 * One golden conversation of {@code conversations/tests/}: what a parent says, turn by
 * turn, and what Nurture must answer.
 *
 * @param file the file it is written in, such as {@code conversations/tests/welcome.yml}
 * @param name what it shows, unique across the files
 * @param language the language the conversation starts in, or null for the content's
 * default (detected as usual)
 * @param turns the parent's messages and the expected answers, in order
 */
public record GoldenConversation(String file, String name, Language language, List<GoldenTurn> turns) {

	public GoldenConversation {
		turns = List.copyOf(turns);
	}
}
