package org.nurture.subscription;

import java.time.Instant;
import java.util.Set;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * What providers report later about tips they accepted (Twilio's status callbacks):
 * delivered, undelivered or failed, with their error code.
 */
@Service
public class DeliveryReports {

	/** What a report may record: the provider's final word on a sent tip. */
	public static final Set<DeliveryStatus> FINAL = Set.of(DeliveryStatus.DELIVERED, DeliveryStatus.UNDELIVERED,
			DeliveryStatus.FAILED);

	private final DatabaseClient database;

	DeliveryReports(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Records the provider's final status for the tip it accepted under this id; emits
	 * whether a tip had that id (other messages, such as replies, have none here). A
	 * report never changes a tip that was not sent.
	 */
	public Mono<Boolean> report(String providerMessageId, DeliveryStatus status, Integer errorCode, Instant at) {
		if (!FINAL.contains(status)) {
			throw new IllegalArgumentException("Not a final status: " + status);
		}
		DatabaseClient.GenericExecuteSpec update = database
			.sql("UPDATE tip_delivery SET status = :status, error_code = :code, updated_at = :at"
					+ " WHERE provider_message_id = :sid AND status IN ('SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED')")
			.bind("status", status.name())
			.bind("at", Subscriptions.utc(at))
			.bind("sid", providerMessageId);
		update = errorCode == null ? update.bindNull("code", Integer.class) : update.bind("code", errorCode);
		return update.fetch().rowsUpdated().map(rows -> rows > 0);
	}

}
