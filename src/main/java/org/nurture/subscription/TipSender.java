package org.nurture.subscription;

import org.nurture.contact.Channel;

import reactor.core.publisher.Mono;

/**
 * Hands one tip to the provider of a channel (Twilio for SMS and WhatsApp, the Bot API
 * for Telegram), paced at the provider's rate, retried where a retry cannot send it
 * twice. Implemented by the channels; never errors.
 */
public interface TipSender {

	Mono<Result> send(Channel channel, String address, String text);

	/** Who sends on this channel and how fast the provider lets them. */
	Pace pace(Channel channel);

	/**
	 * A sender (a Twilio number or Messaging Service, a Telegram bot) and its rate,
	 * shared by every instance.
	 *
	 * @param sender the sender's id, the same on every instance
	 * @param perSecond messages per second, or 0 for no limit
	 */
	record Pace(String sender, double perSecond) {

		public boolean limited() {
			return perSecond > 0;
		}

	}

	/**
	 * What the provider said.
	 *
	 * @param outcome the kind of outcome
	 * @param providerMessageId the provider's id for the message when sent (a Twilio
	 * SID), or null
	 * @param errorCode the provider's error code, or null
	 * @param detail a short explanation for the outbox, never the text
	 */
	record Result(Outcome outcome, String providerMessageId, Integer errorCode, String detail) {

		public static Result sent(String providerMessageId) {
			return new Result(Outcome.SENT, providerMessageId, null, null);
		}

		public static Result notSent(Outcome outcome, Integer errorCode, String detail) {
			return new Result(outcome, null, errorCode, detail);
		}

	}

	enum Outcome {

		/** Accepted by the provider. */
		SENT,
		/** Not sent; the provider refused or could not be reached, after the retries. */
		FAILED,
		/**
		 * No answer in time: the provider may have sent it, so it is never sent again.
		 */
		UNKNOWN,
		/** The person opted out with the provider (Twilio 21610). */
		OPTED_OUT,
		/**
		 * The address can never receive it (Twilio 21211, 21614; Telegram 403 blocked).
		 */
		UNREACHABLE

	}

}
