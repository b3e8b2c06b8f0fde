package org.nurture.channel.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.nurture.channel.ChannelTexts;
import org.nurture.channel.RequestBodies;
import org.nurture.conversation.Reply;

/**
 * Turns every way a chat request can go wrong into a status and one clear sentence, as
 * JSON.
 */
@RestControllerAdvice(assignableTypes = ChatController.class)
class ChatErrors {

	private static final Logger log = LoggerFactory.getLogger(ChatErrors.class);

	/** When the conversation failed: the content's apology, in every language. */
	private final String apology;

	ChatErrors(ChannelTexts texts) {
		this.apology = String.join(" ", texts.apology().stream().map(Reply::text).toList());
	}

	record ErrorBody(String error) {
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> invalid(InvalidChatRequest invalid) {
		return status(HttpStatus.BAD_REQUEST, invalid.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> tooLarge(RequestBodies.TooLarge tooLarge) {
		return status(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> cutOff(RequestBodies.CutOff cutOff) {
		return status(HttpStatus.BAD_REQUEST, "the body was cut off before its end");
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> unsupported(RequestBodies.UnsupportedType unsupported) {
		return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the message as application/json");
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> failed(RuntimeException failure) {
		log.error("The web chat could not answer", failure);
		return status(HttpStatus.SERVICE_UNAVAILABLE, apology);
	}

	private static ResponseEntity<ErrorBody> status(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(new ErrorBody(message));
	}

}
