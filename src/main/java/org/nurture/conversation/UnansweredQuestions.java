package org.nurture.conversation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import org.nurture.contact.Contact;
import org.nurture.conversation.content.Language;
import reactor.core.publisher.Mono;

/** Questions Nurture could not answer, kept for the staff who write the answers. */
final class UnansweredQuestions {

	static final int MAX_LENGTH = 1000;

	private final DatabaseClient database;

	UnansweredQuestions(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> record(Contact contact, String question, Language language, Instant at) {
		String kept = question.length() > MAX_LENGTH ? question.substring(0, MAX_LENGTH) : question;
		return database
			.sql("INSERT INTO unanswered_question (id, contact_id, channel, language, question, asked_at)"
					+ " VALUES (:id, :contact, :channel, :language, :question, :at)")
			.bind("id", UUID.randomUUID())
			.bind("contact", contact.id())
			.bind("channel", contact.channel().name())
			.bind("language", language.code())
			.bind("question", kept)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.then();
	}

}
