package org.nurture.channel.telegram;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import reactor.core.publisher.Mono;

/**
 * Calls Bot API methods ({@code POST <base>/bot<token>/<method>} with a JSON body) on the
 * non-blocking WebClient. The requests are the TelegramBots method types, written with
 * the adapter's private Jackson 2 mapper, and their answers are read by the types
 * themselves; an error answer becomes a {@link BotApiException}. The token is in every
 * URL, so nothing here logs a URL, and {@link #describe} hides the token in any failure's
 * message.
 */
final class BotApi {

	private final WebClient web;

	private final String token;

	private final String methodsUrl;

	private final Duration timeout;

	BotApi(WebClient web, URI baseUrl, String token, Duration timeout) {
		this.web = web;
		this.token = token;
		this.methodsUrl = baseUrl.toString().replaceAll("/+$", "") + "/bot" + token + "/";
		this.timeout = timeout;
	}

	<T extends Serializable> Mono<T> call(PartialBotApiMethod<T> method) {
		return call(method, timeout);
	}

	/**
	 * Calls the method, waiting at most {@code wait} for the answer (longer for a long
	 * poll).
	 */
	<T extends Serializable> Mono<T> call(PartialBotApiMethod<T> method, Duration wait) {
		return Mono
			.defer(() -> web.post()
				.uri(URI.create(methodsUrl + method.getMethod()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(TelegramJson.write(method))
				.exchangeToMono(response -> response.bodyToMono(String.class)
					.defaultIfEmpty("")
					.map(body -> answer(method, response.statusCode().value(), body))))
			.timeout(wait);
	}

	/**
	 * Calls the method and gives its successful answer's {@code result} as JSON text, for
	 * answers that are read one part at a time ({@code getUpdates}, where one update the
	 * types cannot read must not stop the others).
	 */
	Mono<String> callForResult(PartialBotApiMethod<?> method, Duration wait) {
		return Mono
			.defer(() -> web.post()
				.uri(URI.create(methodsUrl + method.getMethod()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(TelegramJson.write(method))
				.exchangeToMono(response -> response.bodyToMono(String.class)
					.defaultIfEmpty("")
					.map(body -> TelegramJson.okResult(body)
						.orElseGet(() -> String.valueOf(answer(method, response.statusCode().value(), body))))))
			.timeout(wait);
	}

	private static <T extends Serializable> T answer(PartialBotApiMethod<T> method, int status, String body) {
		try {
			return method.deserializeResponse(body);
		}
		catch (TelegramApiRequestException error) {
			Integer code = error.getErrorCode();
			if (code == null || code == 0) {
				throw new BotApiException(status, status, "unreadable answer (HTTP " + status + ")", null);
			}
			Integer retryAfter = error.getParameters() == null ? null : error.getParameters().getRetryAfter();
			throw new BotApiException(status, code, String.valueOf(error.getApiResponse()), retryAfter);
		}
	}

	/** A failure's class and message with the token hidden, for the logs. */
	String describe(Throwable failure) {
		String message = String.valueOf(failure.getMessage()).replace(token, "<token>");
		return failure.getClass().getSimpleName() + ": " + message;
	}

}
