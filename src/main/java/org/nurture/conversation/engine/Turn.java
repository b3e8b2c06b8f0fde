package org.nurture.conversation.engine;

import java.util.ArrayList;
import java.util.List;

import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Reply;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;

/**
 * One message on its way through the engine: the message, how it reads (once read), and
 * what has been decided so far. Lives for one message, on one thread.
 */
final class Turn {

	private final InboundMessage message;

	private final String text;

	private Utterance utterance;

	private Session session;

	private final List<Reply> replies = new ArrayList<>();

	private final List<Effect> effects = new ArrayList<>();

	Turn(Session session, InboundMessage message) {
		this.session = session;
		this.message = message;
		this.text = message.text().strip();
	}

	InboundMessage message() {
		return message;
	}

	/** What the parent wrote, without surrounding white space. */
	String text() {
		return text;
	}

	/** Reads the message once; the decisions after compliance keywords need it. */
	void read(Understanding understanding) {
		utterance = understanding.read(text);
	}

	Utterance utterance() {
		return utterance;
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
