package org.nurture.channel.telegram;

import java.time.Instant;

import org.nurture.channel.ProcessedMessages;
import reactor.core.publisher.Mono;

/**
 * Telegram updates already handled, with Twilio's message ids
 * ({@link ProcessedMessages}): a redelivered {@code update_id} is harmless across
 * instances and restarts, since a second claim fails in the database. Update ids count
 * per bot, so the bot's id is part of the id recorded.
 */
final class ProcessedUpdates {

	private final ProcessedMessages processed;

	private final String botId;

	ProcessedUpdates(ProcessedMessages processed, String botId) {
		this.processed = processed;
		this.botId = botId;
	}

	/**
	 * Claims the update; fails with a {@code DataIntegrityViolationException} when it was
	 * claimed before.
	 */
	Mono<Void> claim(int updateId, Instant at) {
		return processed.record(ProcessedMessages.TELEGRAM, botId + ":" + updateId, at);
	}

}
