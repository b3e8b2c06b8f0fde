package org.nurture.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.nurture.channel.RequestBodies;
import reactor.core.publisher.Mono;

/**
 * {@code POST /webhooks/telegram}: the Bot API's webhook. In order: the channel must be
 * on (404), the {@code X-Telegram-Bot-Api-Secret-Token} header must match
 * {@code TELEGRAM_WEBHOOK_SECRET} (403, compared in constant time), the body JSON (415)
 * of at most 64 KiB (413) with an {@code update_id} (400). An update the TelegramBots
 * types cannot read is acknowledged and logged, so Telegram does not send it again and
 * again. Then it is handled once per {@code update_id} and Telegram gets its 200 as soon
 * as that is recorded; the replies go through the Bot API. An update of a kind Nurture
 * has nothing to say to still gets 200, so Telegram does not send it again.
 */
final class TelegramWebhook {

	static final String PATH = "/webhooks/telegram";

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	private final byte[] secret;

	private final TelegramInbox inbox;

	/**
	 * A null inbox means the channel is off; a null secret that no call can be
	 * authenticated.
	 */
	TelegramWebhook(String secret, TelegramInbox inbox) {
		this.secret = secret == null || secret.isEmpty() ? null : secret.getBytes(StandardCharsets.UTF_8);
		this.inbox = inbox;
	}

	Mono<ServerResponse> handle(ServerRequest request) {
		if (inbox == null) {
			return text(HttpStatus.NOT_FOUND, "The Telegram channel is off: set TELEGRAM_BOT_TOKEN to turn it on.");
		}
		if (!authentic(request.headers().firstHeader(SECRET_HEADER))) {
			log.warn("Rejected a Telegram webhook call with a missing or wrong secret token");
			return text(HttpStatus.FORBIDDEN, "The " + SECRET_HEADER + " header is missing or does not match.");
		}
		return RequestBodies.read(request.exchange().getRequest(), MediaType.APPLICATION_JSON, MAX_BODY_BYTES)
			.map(TelegramJson::update)
			.flatMap(update -> inbox.receive(update).then(ServerResponse.ok().build()))
			.onErrorResume(RequestBodies.UnsupportedType.class,
					unsupported -> text(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
							"Telegram updates are sent as application/json."))
			.onErrorResume(RequestBodies.CutOff.class,
					cutOff -> text(HttpStatus.BAD_REQUEST, "The body was cut off before its end."))
			.onErrorResume(RequestBodies.TooLarge.class,
					tooLarge -> text(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large (at most 64 KiB)."))
			.onErrorResume(TelegramJson.UnreadableUpdate.class, unreadable -> {
				log.warn("Acknowledged Telegram update {} without handling it: {}", unreadable.updateId(),
						unreadable.getCause().getClass().getSimpleName());
				return ServerResponse.ok().build();
			})
			.onErrorResume(TelegramJson.MalformedUpdate.class, malformed -> text(HttpStatus.BAD_REQUEST,
					"Not a Telegram update: " + malformed.getMessage() + "."));
	}

	private boolean authentic(String header) {
		if (secret == null || header == null) {
			return false;
		}
		return MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8));
	}

	private static Mono<ServerResponse> text(HttpStatus status, String message) {
		return ServerResponse.status(status).contentType(MediaType.TEXT_PLAIN).bodyValue(message + "\n");
	}

}
