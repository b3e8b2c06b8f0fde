package org.nurture.channel.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.springframework.util.StringUtils;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.nurture.channel.DeliveryOutcome;
import org.nurture.channel.OutboundGateway;
import org.nurture.channel.OutboundMessage;
import org.nurture.contact.Channel;
import org.nurture.contact.Consent;
import org.nurture.contact.Contacts;
import org.nurture.contact.Reachability;
import org.nurture.subscription.TipSender;
import org.nurture.system.LogMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Sends SMS and WhatsApp messages through Twilio's REST API with the SDK's
 * {@code Message.creator}. The SDK blocks, so every call runs on the bounded elastic
 * scheduler, never on the event loop. Sends are paced per sender; 429 (Twilio 20429,
 * "never processed"), 5xx and failures to connect are retried with exponential backoff, a
 * timed-out answer is not (Twilio may have sent it: the outcome is unknown); 21610 marks
 * the contact opted out, 21211/21614/21635/30006 mark it undeliverable; anything else
 * fails at once. A contact already opted out or undeliverable is not sent to at all.
 */
final class SmsOutboundGateway implements OutboundGateway {

	private static final Logger log = LoggerFactory.getLogger(SmsOutboundGateway.class);

	static final int UNSUBSCRIBED = 21610;

	static final int TOO_MANY_REQUESTS = 20429;

	/**
	 * Invalid To number; not a mobile number; landline; landline or unreachable carrier.
	 */
	static final Set<Integer> UNDELIVERABLE = Set.of(21211, 21614, 21635, 30006);

	private static final String WHATSAPP_PREFIX = "whatsapp:";

	private final TwilioRestClient client;

	private final String from;

	/**
	 * Where Twilio reports what became of each message ({@link TwilioStatusCallback}), or
	 * null without a public URL.
	 */
	private final URI statusCallback;

	private final Contacts contacts;

	private final SenderRateLimits rateLimits;

	private final double messagesPerSecond;

	private final int attempts;

	private final Duration firstRetryDelay;

	private final Clock clock;

	SmsOutboundGateway(TwilioRestClient client, TwilioProperties twilio, Contacts contacts, Clock clock) {
		this.client = client;
		this.from = twilio.from().strip();
		this.statusCallback = StringUtils.hasText(twilio.publicBaseUrl())
				? URI.create(twilio.publicBaseUrl().strip().replaceAll("/+$", "") + TwilioStatusCallback.PATH) : null;
		this.contacts = contacts;
		this.rateLimits = new SenderRateLimits(twilio.messagesPerSecond());
		this.messagesPerSecond = twilio.messagesPerSecond();
		this.attempts = Math.max(1, twilio.sendAttempts());
		this.firstRetryDelay = twilio.firstRetryDelay();
		this.clock = clock;
	}

	/** A gateway on the SDK's client, pointed at {@code TWILIO_API_BASE_URL}. */
	static SmsOutboundGateway of(TwilioProperties twilio, Contacts contacts, Clock clock) {
		TwilioRestClient client = new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
			.httpClient(new TwilioApiHttpClient(twilio.apiBaseUrl(), twilio.requestTimeout()))
			.build();
		return new SmsOutboundGateway(client, twilio, contacts, clock);
	}

	@Override
	public boolean sends(Channel channel) {
		return channel == Channel.SMS || channel == Channel.WHATSAPP;
	}

	@Override
	public TipSender.Pace pace(Channel channel) {
		return new TipSender.Pace("twilio:" + sender(channel), messagesPerSecond);
	}

	@Override
	public Mono<DeliveryOutcome> send(OutboundMessage message) {
		if (!sends(message.channel())) {
			return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.FAILED, null,
					"Twilio does not send on " + message.channel()));
		}
		return contacts.reachability(message.channel(), message.address()).flatMap(reachability -> {
			if (reachability == Reachability.OPTED_OUT) {
				return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.OPTED_OUT, null,
						"the contact has opted out; not sent"));
			}
			if (reachability == Reachability.UNDELIVERABLE) {
				return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.UNDELIVERABLE, null,
						"the address was reported undeliverable; not sent"));
			}
			return sendThroughTwilio(message);
		});
	}

	private Mono<DeliveryOutcome> sendThroughTwilio(OutboundMessage message) {
		String text = SmsText.normalize(message.text());
		MessageCreator creator = creator(message, text);
		String sender = sender(message.channel());
		return rateLimits.acquire(sender, SmsText.segments(text))
			.then(Mono.fromCallable(() -> creator.create(client)).subscribeOn(Schedulers.boundedElastic()))
			.retryWhen(Retry.backoff(attempts - 1, firstRetryDelay)
				.filter(SmsOutboundGateway::worthRetrying)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.map(sent -> {
				log.debug("Sent {} message {} to {}", message.channel(), sent.getSid(),
						LogMasking.mask(message.address()));
				return DeliveryOutcome.sent(sent.getSid());
			})
			.onErrorResume(failure -> notSent(message, failure));
	}

	private MessageCreator creator(OutboundMessage message, String text) {
		boolean whatsApp = message.channel() == Channel.WHATSAPP;
		PhoneNumber to = new PhoneNumber(whatsApp ? WHATSAPP_PREFIX + message.address() : message.address());
		MessageCreator creator = isMessagingService(from) ? Message.creator(to, from, text)
				: Message.creator(to, new PhoneNumber(whatsApp ? WHATSAPP_PREFIX + from : from), text);
		return statusCallback == null ? creator : creator.setStatusCallback(statusCallback);
	}

	private String sender(Channel channel) {
		return channel == Channel.WHATSAPP && !isMessagingService(from) ? WHATSAPP_PREFIX + from : from;
	}

	/**
	 * {@code TWILIO_FROM} is a phone number or a Messaging Service SID (MG followed by 32
	 * hex digits).
	 */
	static boolean isMessagingService(String from) {
		return from.startsWith("MG");
	}

	static boolean worthRetrying(Throwable failure) {
		if (failure instanceof ApiConnectionException) {
			return true;
		}
		if (failure instanceof ApiException api) {
			if (api.getCause() instanceof IOException) {
				// Only when the request never reached Twilio: after a read timeout it may
				// have been accepted, and sending it again would text the parent twice.
				return api.getCause() instanceof ConnectException || api.getCause() instanceof ConnectTimeoutException;
			}
			Integer status = api.getStatusCode();
			Integer code = api.getCode();
			return (status != null && (status == 429 || status >= 500)) || (code != null && code == TOO_MANY_REQUESTS);
		}
		return false;
	}

	private Mono<DeliveryOutcome> notSent(OutboundMessage message, Throwable failure) {
		Integer code = failure instanceof ApiException api ? api.getCode() : null;
		String masked = LogMasking.mask(message.address());
		if (code != null && code == UNSUBSCRIBED) {
			log.info("{} recipient {} has opted out with Twilio (21610): marking the contact", message.channel(),
					masked);
			return contacts.find(message.channel(), message.address())
				.flatMap(contact -> contacts.recordConsent(contact, Consent.OPT_OUT, "TWILIO-21610", clock.instant()))
				.thenReturn(
						DeliveryOutcome.notSent(DeliveryOutcome.Status.OPTED_OUT, code, "the recipient has opted out"));
		}
		if (code != null && UNDELIVERABLE.contains(code)) {
			log.info("{} recipient {} cannot receive messages (Twilio {}): marking the contact", message.channel(),
					masked, code);
			return contacts.markUndeliverable(message.channel(), message.address(), clock.instant())
				.thenReturn(DeliveryOutcome.notSent(DeliveryOutcome.Status.UNDELIVERABLE, code, failure.getMessage()));
		}
		if (!worthRetrying(failure) && failure.getCause() instanceof IOException) {
			String detail = "no answer from Twilio, so it may have been sent: " + failure.getMessage();
			log.warn("Unclear whether a {} message to {} was sent: {}", message.channel(), masked, detail);
			return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.UNKNOWN, code, detail));
		}
		String detail = worthRetrying(failure) ? "gave up after " + attempts + " attempts: " + failure.getMessage()
				: failure.getMessage();
		log.warn("Could not send a {} message to {} (Twilio {}): {}", message.channel(), masked, code, detail);
		return Mono.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.FAILED, code, detail));
	}

}
