package org.nurture.contact;

/** Whether Nurture may send a message of its own to an address. */
public enum Reachability {

	/** Nothing stands in the way (an unknown address included). */
	REACHABLE,
	/**
	 * The contact said STOP (or the provider reported them unsubscribed); only START
	 * brings them back.
	 */
	OPTED_OUT,
	/** The provider reported that the address can never receive messages. */
	UNDELIVERABLE,
	/**
	 * The person blocked the bot (Telegram); sending is possible again once they unblock
	 * it.
	 */
	BLOCKED

}
