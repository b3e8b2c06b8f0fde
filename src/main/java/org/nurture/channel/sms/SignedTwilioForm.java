package org.nurture.channel.sms;

import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.nurture.channel.RequestBodies;
import reactor.core.publisher.Mono;

/**
 * What every request from Twilio must be before it is read: the channel on (404), a
 * form-encoded body (415) of bounded size (413), well formed (400), signed with the auth
 * token (403). Its parameters then go to the endpoint's own handler.
 */
final class SignedTwilioForm {

	private static final Logger log = LoggerFactory.getLogger(SignedTwilioForm.class);

	private SignedTwilioForm() {
	}

	/**
	 * @param signature the signature check, or null when the channel is off
	 * @param maxBytes the largest body accepted
	 * @param what what Twilio sends here, for the log and the answers ("webhook", "status
	 * callback")
	 */
	static Mono<ServerResponse> read(ServerRequest request, TwilioSignature signature, int maxBytes, String what,
			Function<Map<String, String>, Mono<ServerResponse>> handler) {
		if (signature == null) {
			return text(HttpStatus.NOT_FOUND, "The SMS channel is off: set TWILIO_AUTH_TOKEN to turn it on.");
		}
		return RequestBodies.read(request.exchange().getRequest(), MediaType.APPLICATION_FORM_URLENCODED, maxBytes)
			.map(TwilioForm::parse)
			.flatMap(form -> {
				if (!signature.isValid(request.uri(), form, request.headers().firstHeader(TwilioSignature.HEADER))) {
					log.warn("Rejected a Twilio {} with a missing or invalid signature (checked against {})", what,
							signature.calledUrl(request.uri()));
					return text(HttpStatus.FORBIDDEN, "The X-Twilio-Signature header is missing or does not match.");
				}
				return handler.apply(form);
			})
			.onErrorResume(RequestBodies.UnsupportedType.class,
					unsupported -> text(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
							"Twilio " + what + "s are sent as application/x-www-form-urlencoded."))
			.onErrorResume(RequestBodies.TooLarge.class,
					tooLarge -> text(HttpStatus.CONTENT_TOO_LARGE,
							"The request body is too large (at most " + maxBytes / 1024 + " KiB)."))
			.onErrorResume(RequestBodies.CutOff.class,
					cutOff -> text(HttpStatus.BAD_REQUEST, "The body was cut off before its end."))
			.onErrorResume(TwilioForm.Malformed.class,
					malformed -> text(HttpStatus.BAD_REQUEST,
							"The body is not a well-formed form (application/x-www-form-urlencoded): "
									+ malformed.getMessage() + "."));
	}

	static Mono<ServerResponse> text(HttpStatus status, String message) {
		return ServerResponse.status(status).contentType(MediaType.TEXT_PLAIN).bodyValue(message + "\n");
	}

}
