package org.nurture.channel.sms;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.nurture.channel.RequestBodies;
import org.nurture.subscription.DeliveryReports;
import org.nurture.subscription.DeliveryStatus;
import reactor.core.publisher.Mono;

/**
 * {@code POST /webhooks/twilio/status}: Twilio's status callback for the messages Nurture
 * sent (each daily tip names this URL as its {@code StatusCallback}). Checked as the
 * message webhook is (404 when the channel is off, 415, 413, 400, 403 for a bad
 * signature); a final status (delivered, undelivered, failed) is recorded with its
 * {@code ErrorCode}, the others (queued, sent, read, ...) only acknowledged. Always 204
 * once accepted, so Twilio does not retry.
 */
final class TwilioStatusCallback {

	static final String PATH = "/webhooks/twilio/status";

	private static final Logger log = LoggerFactory.getLogger(TwilioStatusCallback.class);

	private static final Pattern MESSAGE_SID = Pattern.compile("[A-Z]{2}[0-9a-fA-F]{32}");

	private static final Map<String, DeliveryStatus> FINAL = Map.of("delivered", DeliveryStatus.DELIVERED,
			"undelivered", DeliveryStatus.UNDELIVERED, "failed", DeliveryStatus.FAILED);

	private static final int MAX_BODY_BYTES = 16 * 1024;

	private final TwilioSignature signature;

	private final DeliveryReports reports;

	private final Clock clock;

	/** A null signature means the channel is off. */
	TwilioStatusCallback(TwilioSignature signature, DeliveryReports reports, Clock clock) {
		this.signature = signature;
		this.reports = reports;
		this.clock = clock;
	}

	Mono<ServerResponse> handle(ServerRequest request) {
		return SignedTwilioForm.read(request, signature, MAX_BODY_BYTES, "status callback", this::handleForm);
	}

	private Mono<ServerResponse> handleForm(Map<String, String> parameters) {
		String sid = parameters.get("MessageSid");
		String status = parameters.get("MessageStatus");
		if (sid == null || !MESSAGE_SID.matcher(sid).matches()) {
			return text(HttpStatus.BAD_REQUEST, "MessageSid is missing or is not a Twilio message SID.");
		}
		if (status == null || status.isBlank()) {
			return text(HttpStatus.BAD_REQUEST, "MessageStatus is missing.");
		}
		DeliveryStatus reported = FINAL.get(status.strip().toLowerCase(Locale.ROOT));
		if (reported == null) {
			return ServerResponse.noContent().build();
		}
		Integer errorCode = errorCode(parameters.get("ErrorCode"));
		return reports.report(sid, reported, errorCode, clock.instant()).flatMap(found -> {
			if (found && reported != DeliveryStatus.DELIVERED) {
				log.info("Twilio reports tip {} {} (error {})", sid, status, errorCode);
			}
			return ServerResponse.noContent().build();
		});
	}

	private static Integer errorCode(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static Mono<ServerResponse> text(HttpStatus status, String message) {
		return SignedTwilioForm.text(status, message);
	}

}
