package org.nurture.channel;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

import reactor.core.publisher.Mono;

/**
 * Reads a webhook or API request body for a channel, with the checks every channel needs
 * before anything reaches the engine: the expected content type ({@link UnsupportedType}
 * otherwise) and a size limit ({@link TooLarge}), enforced from the
 * {@code Content-Length} header when there is one and while reading when there is not.
 */
public final class RequestBodies {

	private RequestBodies() {
	}

	/**
	 * The body as UTF-8 text, or an error: {@link UnsupportedType} or {@link TooLarge}.
	 */
	public static Mono<String> read(ServerHttpRequest request, MediaType expected, int limit) {
		MediaType type = request.getHeaders().getContentType();
		if (type == null || !expected.isCompatibleWith(type)) {
			return Mono.error(new UnsupportedType(expected));
		}
		if (request.getHeaders().getContentLength() > limit) {
			return Mono.error(new TooLarge(limit));
		}
		return DataBufferUtils.join(request.getBody(), limit).map(buffer -> {
			try {
				return buffer.toString(StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).defaultIfEmpty("").onErrorMap(DataBufferLimitException.class, tooLarge -> new TooLarge(limit));
	}

	/** The request is not of the type the endpoint reads. */
	public static final class UnsupportedType extends RuntimeException {

		public UnsupportedType(MediaType expected) {
			super("send the request as " + expected);
		}

	}

	/** The request body is over the limit. */
	public static final class TooLarge extends RuntimeException {

		public TooLarge(int limit) {
			super("the request body is too large (the limit is " + limit / 1024 + " KiB)");
		}

	}

}
