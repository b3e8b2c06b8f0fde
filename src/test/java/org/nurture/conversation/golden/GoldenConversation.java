package org.nurture.conversation.golden;

import java.util.List;
import java.util.Set;

import org.nurture.contact.Channel;
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
 * @param channels the channels it runs on: those it names ({@code channels:}), or the web
 * chat, SMS and Telegram
 */
public record GoldenConversation(String file, String name, Language language, List<GoldenTurn> turns,
		Set<Channel> channels) {

	/** Where a conversation that names no channel runs. */
	public static final Set<Channel> EVERY_CHANNEL = Set.of(Channel.WEB, Channel.SMS, Channel.TELEGRAM);

	public GoldenConversation {
		turns = List.copyOf(turns);
		channels = Set.copyOf(channels);
	}

	public GoldenConversation(String file, String name, Language language, List<GoldenTurn> turns) {
		this(file, name, language, turns, EVERY_CHANNEL);
	}

	public boolean runsOn(Channel channel) {
		return channels.contains(channel);
	}

	/** Whether it names its channels, rather than running everywhere. */
	public boolean namesChannels() {
		return !channels.equals(EVERY_CHANNEL);
	}
}
