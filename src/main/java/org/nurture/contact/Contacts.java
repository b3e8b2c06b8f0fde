package org.nurture.contact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

/**
 * The contacts Nurture knows, their language and their consent. The contacts of recent
 * messages are cached, so a message from someone known needs no query: a contact's id
 * never changes, and its language and consent are read from the cache only to start a
 * conversation (the conversation's own state carries them on). Whatever decides on
 * consent asks the database ({@link #reachability}).
 */
@Service
public class Contacts {

	/** Contacts kept in memory; one entry is about 200 bytes. */
	static final int CACHE_SIZE = 10_000;

	/** The longest keyword a consent event keeps (the column's size). */
	static final int KEYWORD_LENGTH = 32;

	/** The longest shown text a consent event keeps (the column's size). */
	static final int SHOWN_LENGTH = 2000;

	private final DatabaseClient database;

	/**
	 * Its upkeep runs in the caller's thread, as the other caches on a message's way do
	 * (see {@code SessionStore}).
	 */
	private final Cache<Address, Contact> recent = Caffeine.newBuilder()
		.maximumSize(CACHE_SIZE)
		.executor(Runnable::run)
		.build();

	Contacts(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * The contact for this channel and address, created on first contact (safe when two
	 * messages race). It may come from the cache: a caller that finds it no longer
	 * matches the database (its row was deleted, or its creation rolled back) calls
	 * {@link #forget} and asks again.
	 */
	public Mono<Contact> findOrCreate(Channel channel, String address, Instant now) {
		Address key = new Address(channel, address);
		Contact cached = recent.getIfPresent(key);
		if (cached != null) {
			return Mono.just(cached);
		}
		return find(channel, address)
			.switchIfEmpty(Mono.defer(() -> create(channel, address, now)
				.onErrorResume(DataIntegrityViolationException.class, alreadyThere -> find(channel, address))))
			.doOnNext(contact -> recent.put(key, contact));
	}

	/**
	 * Drops the cached contact of this channel and address; the next
	 * {@link #findOrCreate} reads the database.
	 */
	public void forget(Channel channel, String address) {
		recent.invalidate(new Address(channel, address));
	}

	public Mono<Contact> find(Channel channel, String address) {
		return database
			.sql("SELECT id, channel, address, language, opted_out FROM contact"
					+ " WHERE channel = :channel AND address = :address")
			.bind("channel", channel.name())
			.bind("address", address)
			.map(Contacts::contact)
			.one();
	}

	/**
	 * Records a STOP, START or HELP, and whether the contact may now be sent messages.
	 */
	public Mono<Void> recordConsent(Contact contact, Consent consent, String keyword, Instant at) {
		return recordConsent(contact, consent, keyword, null, at);
	}

	/**
	 * Records a consent event with the text the contact was shown (word for word, such as
	 * the daily-tips confirmation they said YES to). Only an opt-out or an opt-in changes
	 * whether the contact may be sent messages.
	 * @param keyword what the contact said, or which question was shown (at most
	 * {@value #KEYWORD_LENGTH} characters are kept)
	 * @param shown the text shown, or null
	 */
	public Mono<Void> recordConsent(Contact contact, Consent consent, String keyword, String shown, Instant at) {
		forget(contact.channel(), contact.address());
		DatabaseClient.GenericExecuteSpec insert = database
			.sql("INSERT INTO consent_event (id, contact_id, channel, consent, keyword, shown, occurred_at)"
					+ " VALUES (:id, :contact, :channel, :consent, :keyword, :shown, :at)")
			.bind("id", UUID.randomUUID())
			.bind("contact", contact.id())
			.bind("channel", contact.channel().name())
			.bind("consent", consent.name())
			.bind("keyword", cut(keyword, KEYWORD_LENGTH))
			.bind("at", utc(at));
		insert = shown == null ? insert.bindNull("shown", String.class)
				: insert.bind("shown", cut(shown, SHOWN_LENGTH));
		Mono<Long> event = insert.fetch().rowsUpdated();
		if (!consent.changesOptOut()) {
			return event.then();
		}
		return event
			.then(database.sql("UPDATE contact SET opted_out = :optedOut, updated_at = :at WHERE id = :id")
				.bind("optedOut", consent == Consent.OPT_OUT)
				.bind("at", utc(at))
				.bind("id", contact.id())
				.fetch()
				.rowsUpdated())
			.then();
	}

	/**
	 * Whether a message of Nurture's own may go to this address, checked before every
	 * outbound send.
	 */
	public Mono<Reachability> reachability(Channel channel, String address) {
		return database
			.sql("SELECT opted_out, undeliverable_at, blocked_at FROM contact"
					+ " WHERE channel = :channel AND address = :address")
			.bind("channel", channel.name())
			.bind("address", address)
			.map(row -> Boolean.TRUE.equals(row.get("opted_out", Boolean.class)) ? Reachability.OPTED_OUT
					: row.get("undeliverable_at", OffsetDateTime.class) != null ? Reachability.UNDELIVERABLE
							: row.get("blocked_at", OffsetDateTime.class) != null ? Reachability.BLOCKED
									: Reachability.REACHABLE)
			.one()
			.defaultIfEmpty(Reachability.REACHABLE);
	}

	/**
	 * Records that the provider cannot deliver to this address at all (Twilio 21211,
	 * 21614, 21635, 30006), so outbound sends stop; emits whether a contact was marked.
	 */
	public Mono<Boolean> markUndeliverable(Channel channel, String address, Instant at) {
		return database
			.sql("UPDATE contact SET undeliverable_at = :at, updated_at = :at"
					+ " WHERE channel = :channel AND address = :address")
			.bind("at", utc(at))
			.bind("channel", channel.name())
			.bind("address", address)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0);
	}

	/**
	 * Records that the person blocked (or unblocked) Nurture on a channel that tells
	 * (Telegram's {@code my_chat_member}, or a send refused as blocked). Blocking is not
	 * a consent event: their STOP or START history is untouched, and unblocking does not
	 * opt back in someone who said STOP. Emits whether a contact was marked.
	 */
	public Mono<Boolean> markBlocked(Channel channel, String address, boolean blocked, Instant at) {
		return database
			.sql("UPDATE contact SET blocked_at = " + (blocked ? ":at" : "NULL") + ", updated_at = :at"
					+ " WHERE channel = :channel AND address = :address")
			.bind("at", utc(at))
			.bind("channel", channel.name())
			.bind("address", address)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows > 0);
	}

	public Mono<Void> rememberLanguage(Contact contact, String language, Instant at) {
		forget(contact.channel(), contact.address());
		return database.sql("UPDATE contact SET language = :language, updated_at = :at WHERE id = :id")
			.bind("language", language)
			.bind("at", utc(at))
			.bind("id", contact.id())
			.fetch()
			.rowsUpdated()
			.then();
	}

	private Mono<Contact> create(Channel channel, String address, Instant now) {
		Contact contact = new Contact(UUID.randomUUID(), channel, address, null, false);
		return database
			.sql("INSERT INTO contact (id, channel, address, opted_out, created_at, updated_at)"
					+ " VALUES (:id, :channel, :address, FALSE, :now, :now)")
			.bind("id", contact.id())
			.bind("channel", channel.name())
			.bind("address", address)
			.bind("now", utc(now))
			.fetch()
			.rowsUpdated()
			.thenReturn(contact);
	}

	private static Contact contact(Readable row) {
		return new Contact(row.get("id", UUID.class), Channel.valueOf(row.get("channel", String.class)),
				row.get("address", String.class), row.get("language", String.class),
				Boolean.TRUE.equals(row.get("opted_out", Boolean.class)));
	}

	/** What identifies a contact. */
	private record Address(Channel channel, String address) {
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
