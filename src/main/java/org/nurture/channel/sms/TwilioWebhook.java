package org.nurture.channel.sms;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.nurture.channel.RequestBodies;
import org.nurture.contact.Channel;
import org.nurture.conversation.InboundMessage;
import org.nurture.system.LogMasking;
import reactor.core.publisher.Mono;

/**
 * {@code POST /webhooks/twilio}: Twilio's webhook for incoming SMS and WhatsApp messages.
 * In order: the channel must be on (404), the body form-encoded (415), at most 64 KiB
 * (413) and a well-formed form (400), the signature valid (403), and the parameters
 * Twilio's (400: {@code MessageSid}, {@code From}, a {@code Body} of at most 1,600
 * characters); only then does the message reach the conversation, once per
 * {@code MessageSid}. The answer is TwiML.
 */
final class TwilioWebhook {

	static final String PATH = "/webhooks/twilio";

	private static final Logger log = LoggerFactory.getLogger(TwilioWebhook.class);

	private static final MediaType TEXT_XML_UTF8 = MediaType.parseMediaType("text/xml;charset=UTF-8");

	private static final String WHATSAPP_PREFIX = "whatsapp:";

	private static final Pattern MESSAGE_SID = Pattern.compile("[A-Z]{2}[0-9a-fA-F]{32}");

	private static final int MAX_ADDRESS_LENGTH = 64;

	/** Twilio's {@code OptOutType} values and the default keywords of each. */
	private static final Map<String, Set<String>> OPT_OUT_TYPES = Map.of("STOP", SmsInbox.TWILIO_OPT_OUT_KEYWORDS,
			"START", Set.of("START", "UNSTOP", "YES"), "HELP", Set.of("HELP", "INFO"));

	/** Twilio's largest message; a longer {@code Body} is not Twilio's. */
	static final int MAX_MESSAGE_CHARACTERS = 1600;

	/** The whole form: a message and Twilio's other parameters fit many times over. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	private final TwilioSignature signature;

	private final SmsInbox inbox;

	private final Clock clock;

	/** A null signature means the channel is off. */
	TwilioWebhook(TwilioSignature signature, SmsInbox inbox, Clock clock) {
		this.signature = signature;
		this.inbox = inbox;
		this.clock = clock;
	}

	Mono<ServerResponse> handle(ServerRequest request) {
		return SignedTwilioForm.read(request, signature, MAX_BODY_BYTES, "webhook", this::handleForm);
	}

	private Mono<ServerResponse> handleForm(Map<String, String> parameters) {
		String sid = parameters.get("MessageSid");
		String from = parameters.get("From");
		if (sid == null || !MESSAGE_SID.matcher(sid).matches()) {
			return text(HttpStatus.BAD_REQUEST, "MessageSid is missing or is not a Twilio message SID.");
		}
		if (!StringUtils.hasText(from) || from.length() > MAX_ADDRESS_LENGTH) {
			return text(HttpStatus.BAD_REQUEST, "From is missing or too long.");
		}
		String body = parameters.get("Body");
		if (body != null && body.codePointCount(0, body.length()) > MAX_MESSAGE_CHARACTERS) {
			return text(HttpStatus.BAD_REQUEST,
					"Body is longer than a Twilio message (" + MAX_MESSAGE_CHARACTERS + " characters).");
		}
		InboundMessage message = inbound(sid, from.strip(), text(parameters));
		if (message.address().isEmpty()) {
			return text(HttpStatus.BAD_REQUEST, "From has no address after its channel prefix.");
		}
		log.debug("Twilio {} message from {}", message.channel(), LogMasking.mask(message.address()));
		return inbox.receive(message).flatMap(twiml -> ServerResponse.ok().contentType(TEXT_XML_UTF8).bodyValue(twiml));
	}

	/**
	 * The message's text. With Advanced Opt-Out on a Messaging Service, Twilio may act on
	 * keywords of its own configuration (say BAJA for STOP) and says so in
	 * {@code OptOutType}; such a message is passed on as the standard keyword, so that
	 * the contact's consent follows what Twilio did. Standard keywords pass unchanged.
	 */
	private static String text(Map<String, String> parameters) {
		String body = parameters.get("Body");
		String optOutType = parameters.get("OptOutType");
		if (optOutType == null || !OPT_OUT_TYPES.containsKey(optOutType)) {
			return body;
		}
		String word = body == null ? "" : body.strip().toUpperCase(Locale.ROOT);
		return OPT_OUT_TYPES.get(optOutType).contains(word) ? body : optOutType;
	}

	/**
	 * {@code From=whatsapp:+1...} is the WhatsApp channel with the bare number as its
	 * address; anything else is SMS, the address as Twilio gives it (E.164).
	 */
	private InboundMessage inbound(String sid, String from, String body) {
		boolean whatsApp = from.regionMatches(true, 0, WHATSAPP_PREFIX, 0, WHATSAPP_PREFIX.length());
		Channel channel = whatsApp ? Channel.WHATSAPP : Channel.SMS;
		String address = whatsApp ? from.substring(WHATSAPP_PREFIX.length()).strip() : from;
		return new InboundMessage(channel, address, body, clock.instant(), sid);
	}

	private static Mono<ServerResponse> text(HttpStatus status, String message) {
		return SignedTwilioForm.text(status, message);
	}

}
