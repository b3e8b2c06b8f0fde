package org.nurture.channel.sms;

import java.util.Set;

import org.nurture.channel.ChannelTexts;
import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.conversation.ConversationService;
import org.nurture.conversation.Handled;
import org.nurture.conversation.InboundMessage;
import reactor.core.publisher.Mono;

/**
 * Handles a message that came through Twilio exactly once. Its {@code MessageSid} and
 * TwiML answer are saved with what the conversation changed (session and effects), all or
 * nothing ({@link ConversationService#answerOnce}): a redelivery, on this instance or
 * another, changes nothing and gets the answer saved (or none, when the parent has
 * written since); a failure saves nothing, so a retry is handled anew.
 */
final class SmsInbox {

	/**
	 * The opt-out keywords Twilio's default handling answers and blocks on long codes and
	 * toll-free numbers.
	 */
	static final Set<String> TWILIO_OPT_OUT_KEYWORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
			"REVOKE", "OPTOUT");

	private final ConversationService conversations;

	/**
	 * When the conversation failed; the language is not known at that point, so it is
	 * said in every one.
	 */
	private final String apology;

	SmsInbox(ConversationService conversations, ChannelTexts texts) {
		this.conversations = conversations;
		this.apology = Twiml.render(texts.apology());
	}

	/** The TwiML to answer the webhook with. */
	Mono<String> receive(InboundMessage message) {
		return conversations.answerOnce(message, handled -> render(message, handled))
			.defaultIfEmpty(Twiml.EMPTY)
			// The conversation has logged what failed.
			.onErrorReturn(apology);
	}

	/**
	 * Twilio answers its own opt-out keywords on SMS and would block our reply, so the
	 * answer is empty there. Other opt-out words (PARAR, ALTO, CANCELAR) Twilio lets
	 * through unanswered, and WhatsApp has no such handling at all, so for those the
	 * confirmation is sent.
	 */
	static String render(InboundMessage message, Handled handled) {
		if (message.channel() == Channel.SMS && handled.consent() == Consent.OPT_OUT
				&& TWILIO_OPT_OUT_KEYWORDS.contains(handled.keyword())) {
			return Twiml.EMPTY;
		}
		return Twiml.render(handled.replies());
	}

}
