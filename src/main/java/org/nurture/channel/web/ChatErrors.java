package org.nurture.channel.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/** Turns every way a chat request can go wrong into a status and one clear sentence, as JSON. */
@RestControllerAdvice(assignableTypes = ChatController.class)
class ChatErrors {

	private static final Logger log = LoggerFactory.getLogger(ChatErrors.class);

	record ErrorBody(String error) {
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> invalid(InvalidChatRequest invalid) {
		return status(HttpStatus.BAD_REQUEST, invalid.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> unreadable(ServerWebInputException unreadable) {
		if (hasCause(unreadable, DataBufferLimitException.class)) {
			return status(HttpStatus.CONTENT_TOO_LARGE, "the request body is too large");
		}
		if (hasCause(unreadable, DecodingException.class) || unreadable.getReason() != null) {
			return status(HttpStatus.BAD_REQUEST,
					"the body must be JSON like {\"conversationId\": \"...\", \"text\": \"...\"}");
		}
		return status(HttpStatus.BAD_REQUEST, "the request could not be read");
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> unsupported(UnsupportedMediaTypeStatusException unsupported) {
		return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the message as application/json");
	}

	@ExceptionHandler
	ResponseEntity<ErrorBody> failed(RuntimeException failure) {
		log.error("The web chat could not answer", failure);
		return status(HttpStatus.SERVICE_UNAVAILABLE,
				"Nurture could not answer just now; please try again. In an emergency call 911.");
	}

	private static ResponseEntity<ErrorBody> status(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(new ErrorBody(message));
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}
}
