package org.nurture.channel;

/**
 * What became of one outbound message, as the provider answered.
 *
 * @param status the kind of outcome
 * @param providerMessageId the provider's id for the sent message (a Twilio SID), null
 * unless sent
 * @param errorCode the provider's error code when not sent (e.g. Twilio 21610), or null
 * @param detail a short explanation for the logs and the outbox, never the message text
 */
public record DeliveryOutcome(Status status, String providerMessageId, Integer errorCode, String detail) {

	/** The kinds of outcome. */
	public enum Status {

		/** Accepted by the provider. */
		SENT,
		/** The recipient opted out with the provider; the contact is marked opted out. */
		OPTED_OUT,
		/**
		 * The address can never receive it (invalid, landline, unreachable carrier); the
		 * contact is marked.
		 */
		UNDELIVERABLE,
		/** Not sent, after the retries the error allowed. */
		FAILED,
		/**
		 * The provider did not answer in time after the request reached it: it may have
		 * sent the message, so it is never sent again.
		 */
		UNKNOWN

	}

	public static DeliveryOutcome sent(String providerMessageId) {
		return new DeliveryOutcome(Status.SENT, providerMessageId, null, null);
	}

	public static DeliveryOutcome notSent(Status status, Integer errorCode, String detail) {
		return new DeliveryOutcome(status, null, errorCode, detail);
	}
}
