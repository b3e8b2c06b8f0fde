package org.nurture.system;

/**
 * Keeps personal data out of logs: an address (phone number, chat id, conversation id)
 * shows its last 4 characters.
 */
public final class LogMasking {

	private static final int SHOWN = 4;

	private LogMasking() {
	}

	public static String mask(String address) {
		if (address == null || address.isEmpty()) {
			return "";
		}
		int shown = Math.min(SHOWN, address.length() / 2);
		return "*".repeat(Math.min(address.length() - shown, 8)) + address.substring(address.length() - shown);
	}

}
