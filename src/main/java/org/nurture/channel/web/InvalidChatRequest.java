package org.nurture.channel.web;

/** A chat request that is well-formed JSON but not a valid message. */
class InvalidChatRequest extends RuntimeException {

	InvalidChatRequest(String message) {
		super(message);
	}

}
