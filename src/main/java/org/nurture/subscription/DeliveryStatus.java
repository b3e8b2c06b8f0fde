package org.nurture.subscription;

/** Where one day's tip for one subscriber stands in the outbox. */
public enum DeliveryStatus {

	/** Planned, waiting to be handed to the provider. */
	PENDING,
	/**
	 * Claimed by an instance that is handing it to the provider now. One found here after
	 * its lease ended becomes {@link #UNKNOWN}: it may have been sent.
	 */
	SENDING,
	/** Accepted by the provider. */
	SENT,
	/** The provider reported it delivered (status callback). */
	DELIVERED,
	/** The provider reported it undelivered or failed (status callback). */
	UNDELIVERED,
	/** Not sent, and never will be: the provider refused it. */
	FAILED,
	/** It may or may not have been sent; it is never sent again. */
	UNKNOWN,
	/**
	 * Not sent on purpose: more than two hours late, outside quiet hours, or no tip left
	 * for the baby's age.
	 */
	SKIPPED,
	/** Not sent: the parent stopped, paused or changed their tips before it went out. */
	CANCELLED

}
