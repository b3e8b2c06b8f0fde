package org.nurture.channel.sms;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.nurture.conversation.Reply;

/**
 * Renders replies as TwiML for SMS: one {@code <Message>} per reply (more when a reply is
 * too long for {@value #MAX_SEGMENTS} segments), choices as a numbered list the parent
 * can answer with the digit or the words, punctuation the GSM-7 alphabet has. Written
 * with a StAX writer, so every character is escaped as XML needs.
 */
final class Twiml {

	static final int MAX_SEGMENTS = 3;

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	/**
	 * Answers rendered before, by their replies. Most answers are the content's own, word
	 * for word, and rendering one (look-alike punctuation, segments counted, sentences
	 * split, XML written) costs more than finding it here. Its upkeep runs in the
	 * caller's thread, as the other caches on a message's way do (see
	 * {@code SessionStore}).
	 */
	private static final Cache<List<Reply>, String> RENDERED = Caffeine.newBuilder()
		.maximumSize(1_000)
		.executor(Runnable::run)
		.build();

	/** No reply: Twilio sends nothing. */
	static final String EMPTY = write(List.of());

	private Twiml() {
	}

	static String render(List<Reply> replies) {
		return RENDERED.get(List.copyOf(replies), Twiml::renderNow);
	}

	private static String renderNow(List<Reply> replies) {
		List<String> messages = replies.stream()
			.flatMap(reply -> SmsText.split(SmsText.normalize(compose(reply)), MAX_SEGMENTS).stream())
			.filter(message -> !message.isEmpty())
			.toList();
		return messages.isEmpty() ? EMPTY : write(messages);
	}

	private static String write(List<String> messages) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			if (messages.isEmpty()) {
				xml.writeEmptyElement("Response");
			}
			else {
				xml.writeStartElement("Response");
			}
			for (String message : messages) {
				xml.writeStartElement("Message");
				xml.writeCharacters(message);
				xml.writeEndElement();
			}
			// Closes Response, unless it was written empty.
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException impossible) {
			throw new IllegalStateException("Could not write TwiML", impossible);
		}
		return out.toString();
	}

	/** The reply's text with its choices below it, numbered from 1. */
	static String compose(Reply reply) {
		if (reply.choices().isEmpty()) {
			return reply.text();
		}
		StringBuilder text = new StringBuilder(reply.text().strip());
		for (int i = 0; i < reply.choices().size(); i++) {
			text.append('\n').append(i + 1).append(". ").append(reply.choices().get(i));
		}
		return text.toString();
	}

}
