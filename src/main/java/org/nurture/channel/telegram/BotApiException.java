package org.nurture.channel.telegram;

/**
 * The Bot API answered a call with an error ({@code "ok": false}) or with something that
 * is not a Bot API answer.
 *
 * @see <a href="https://core.telegram.org/bots/api#making-requests">Making requests</a>
 */
final class BotApiException extends RuntimeException {

	private final int status;

	private final int errorCode;

	private final Integer retryAfter;

	BotApiException(int status, int errorCode, String description, Integer retryAfter) {
		super(errorCode + " " + description, null, false, false);
		this.status = status;
		this.errorCode = errorCode;
		this.retryAfter = retryAfter;
	}

	/** The HTTP status of the answer. */
	int status() {
		return status;
	}

	/**
	 * Telegram's {@code error_code} (it follows the HTTP status), or the HTTP status when
	 * the body had none.
	 */
	int errorCode() {
		return errorCode;
	}

	/**
	 * Seconds to wait before trying again ({@code parameters.retry_after} of a 429), or
	 * null.
	 */
	Integer retryAfter() {
		return retryAfter;
	}

	boolean tooManyRequests() {
		return errorCode == 429;
	}

	boolean serverError() {
		return errorCode >= 500 || status >= 500;
	}

	/** 403 "Forbidden: bot was blocked by the user". */
	boolean blockedByUser() {
		return errorCode == 403 && getMessage().contains("blocked by the user");
	}

	/**
	 * The chat can never be written to: deleted account, unknown chat, or a bot can't
	 * start it.
	 */
	boolean chatGone() {
		String message = getMessage();
		return (errorCode == 403 && (message.contains("deactivated") || message.contains("can't initiate")))
				|| (errorCode == 400 && message.contains("chat not found"));
	}

}
