package org.nurture.educator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * Records each referral for the organization's reporting: when, on which channel, in
 * which area (the ZIP code's first three digits or the state) and which educators were
 * shown. Never the contact, never the exact place.
 */
public final class ReferralLog {

	private final DatabaseClient database;

	ReferralLog(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * @param channel such as {@code SMS}
	 * @param language the reply's language code
	 * @param area the ZIP prefix or the state
	 * @param educatorIds the educators shown, best first
	 */
	public Mono<Void> record(Instant at, String channel, String language, String area, List<String> educatorIds,
			boolean nearby, boolean sample) {
		return database
			.sql("INSERT INTO educator_referral (id, referred_at, channel, language, area, educator_ids,"
					+ " nearby, sample) VALUES (:id, :at, :channel, :language, :area, :ids, :nearby, :sample)")
			.bind("id", UUID.randomUUID())
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("channel", channel)
			.bind("language", language)
			.bind("area", area)
			.bind("ids", String.join(";", educatorIds))
			.bind("nearby", nearby)
			.bind("sample", sample)
			.fetch()
			.rowsUpdated()
			.then();
	}

}
