package org.nurture.channel.sms;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;

import org.nurture.channel.Channel;
import org.nurture.channel.InboundMessage;
import org.nurture.channel.ProcessedMessages;
import org.nurture.channel.Reply;
import org.nurture.contact.Consent;
import org.nurture.conversation.ConversationService;
import org.nurture.conversation.Handled;
import org.nurture.system.LogMasking;
import reactor.core.publisher.Mono;

/**
 * Handles a message that came through Twilio exactly once. Its {@code MessageSid} and TwiML answer are recorded with
 * what the conversation changed (session and effects), all or nothing: a redelivery, on this instance or another,
 * finds the id taken, changes nothing and gets the stored answer; a failure records nothing, so a retry is handled
 * anew.
 */
final class SmsInbox {

	private static final Logger log = LoggerFactory.getLogger(SmsInbox.class);

	/** When the conversation failed; the language is not known at that point, so it is said in both. */
	static final String APOLOGY = Twiml.render(List.of(Reply.of(
			"Sorry, Nurture could not answer just now. Please try again in a few minutes. In an emergency, call 911."),
			Reply.of("Perdón, Nurture no pudo responder ahora. Intenta de nuevo en unos minutos."
					+ " En una emergencia, llama al 911.")));

	/** The opt-out keywords Twilio's default handling answers and blocks on long codes and toll-free numbers. */
	static final Set<String> TWILIO_OPT_OUT_KEYWORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
			"REVOKE", "OPTOUT");

	private final ConversationService conversations;

	private final ProcessedMessages processed;

	SmsInbox(ConversationService conversations, ProcessedMessages processed) {
		this.conversations = conversations;
		this.processed = processed;
	}

	/** The TwiML to answer the webhook with. */
	Mono<String> receive(InboundMessage message) {
		String sid = message.providerMessageId();
		return conversations.handleFully(message, handled -> {
			String twiml = render(message, handled);
			return processed.record(ProcessedMessages.TWILIO, sid, message.receivedAt(), twiml)
				.onErrorMap(SmsInbox::claimedBefore, AlreadyProcessed::new)
				.thenReturn(twiml);
		}).onErrorResume(AlreadyProcessed.class, redelivery -> {
			log.info("Redelivered {} message from {}: answering as before", message.channel(),
					LogMasking.mask(message.address()));
			return processed.previousAnswer(ProcessedMessages.TWILIO, sid)
				.map(previous -> previous.orElse(Twiml.EMPTY));
		}).onErrorResume(failure -> {
			log.error("Could not answer a {} message from {}", message.channel(), LogMasking.mask(message.address()),
					failure);
			return Mono.just(APOLOGY);
		});
	}

	/**
	 * The id could not be recorded because it is taken, or because a concurrent delivery of it holds the row longer
	 * than the database waits for a lock; either way another delivery answers it.
	 */
	private static boolean claimedBefore(Throwable failure) {
		return failure instanceof DataIntegrityViolationException
				|| failure instanceof PessimisticLockingFailureException || failure instanceof QueryTimeoutException;
	}

	/**
	 * Twilio answers its own opt-out keywords on SMS and would block our reply, so the answer is empty there. Other
	 * opt-out words (PARAR, ALTO, CANCELAR) Twilio lets through unanswered, and WhatsApp has no such handling at all,
	 * so for those the confirmation is sent.
	 */
	static String render(InboundMessage message, Handled handled) {
		if (message.channel() == Channel.SMS && handled.consent() == Consent.OPT_OUT
				&& TWILIO_OPT_OUT_KEYWORDS.contains(handled.keyword())) {
			return Twiml.EMPTY;
		}
		return Twiml.render(handled.replies());
	}

	/** The message id was recorded before: this is a redelivery. */
	static final class AlreadyProcessed extends RuntimeException {

		AlreadyProcessed(Throwable cause) {
			super("The message was processed before", cause, false, false);
		}
	}
}
