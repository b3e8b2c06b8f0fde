package org.nurture.conversation.engine;

import java.util.ArrayList;
import java.util.List;

import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Language;

/** What the engine has decided so far while it handles one message. Lives for one message, on one thread. */
final class Turn {

	private Session session;

	private final List<Reply> replies = new ArrayList<>();

	private final List<Effect> effects = new ArrayList<>();

	Turn(Session session) {
		this.session = session;
	}

	Session session() {
		return session;
	}

	Language language() {
		return session.language();
	}

	void update(Session newSession) {
		session = newSession;
	}

	void say(String text) {
		say(text, List.of());
	}

	void say(String text, List<String> choices) {
		replies.add(new Reply(text, choices));
	}

	void effect(Effect effect) {
		effects.add(effect);
	}

	Decision decision() {
		return new Decision(replies, session, effects);
	}
}
