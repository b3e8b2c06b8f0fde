package org.nurture.channel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;

import reactor.core.publisher.Mono;

/**
 * Reads a webhook or API request body for a channel, with the checks every channel needs
 * before anything reaches the engine: the expected content type ({@link UnsupportedType}
 * otherwise, a malformed {@code Content-Type} header included) and a size limit
 * ({@link TooLarge}), enforced from the {@code Content-Length} header when there is one
 * and while reading when there is not (a chunked body).
 *
 * <p>
 * Each chunk is copied and released as it arrives, exactly once, and reading stops at the
 * first chunk over the limit. (Collecting the chunks with {@code DataBufferUtils.join}
 * and a limit released the chunk that crossed it twice, which made Reactor Netty log an
 * {@code IllegalReferenceCountException} and close the connection.)
 */
public final class RequestBodies {

	private RequestBodies() {
	}

	/**
	 * The body as UTF-8 text, or an error: {@link UnsupportedType} or {@link TooLarge}.
	 */
	public static Mono<String> read(ServerHttpRequest request, MediaType expected, int limit) {
		Optional<MediaType> type = contentType(request.getHeaders());
		if (type.isEmpty() || !expected.includes(type.get())) {
			return Mono.error(new UnsupportedType(expected));
		}
		if (request.getHeaders().getContentLength() > limit) {
			return Mono.error(new TooLarge(limit));
		}
		return request.getBody().<byte[]>handle((buffer, sink) -> {
			try {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				sink.next(bytes);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		})
			.onErrorMap(failure -> !(failure instanceof TooLarge), CutOff::new)
			.reduceWith(() -> new Bounded(limit), Bounded::add)
			.map(Bounded::text);
	}

	/**
	 * The request's content type; empty when there is none, or when the header is not a
	 * media type or names a charset Java does not know ({@code garbage},
	 * {@code application/}, {@code application/json; charset=nope}).
	 */
	private static Optional<MediaType> contentType(HttpHeaders headers) {
		String header = headers.getFirst(HttpHeaders.CONTENT_TYPE);
		if (header == null) {
			return Optional.empty();
		}
		try {
			MediaType type = MediaType.parseMediaType(header);
			type.getCharset();
			return Optional.of(type);
		}
		catch (InvalidMediaTypeException | IllegalCharsetNameException | UnsupportedCharsetException malformed) {
			return Optional.empty();
		}
	}

	/** The bytes read so far, up to the limit. */
	private static final class Bounded {

		private final int limit;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		Bounded(int limit) {
			this.limit = limit;
		}

		Bounded add(byte[] chunk) {
			if (bytes.size() + chunk.length > limit) {
				throw new TooLarge(limit);
			}
			bytes.writeBytes(chunk);
			return this;
		}

		String text() {
			return bytes.toString(StandardCharsets.UTF_8);
		}

	}

	/** The request is not of the type the endpoint reads. */
	public static final class UnsupportedType extends RuntimeException {

		public UnsupportedType(MediaType expected) {
			super("send the request as " + expected);
		}

	}

	/**
	 * The body could not be read to its end: the connection closed before it did. Nobody
	 * is left to read an answer, but the request is answered like any malformed one.
	 */
	public static final class CutOff extends RuntimeException {

		CutOff(Throwable cause) {
			super("the request body was cut off", cause, false, false);
		}

	}

	/** The request body is over the limit. */
	public static final class TooLarge extends RuntimeException {

		public TooLarge(int limit) {
			super("the request body is too large (the limit is " + limit / 1024 + " KiB)");
		}

	}

}
