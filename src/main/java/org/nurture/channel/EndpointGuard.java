package org.nurture.channel;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The edge of an endpoint that only takes POST (a webhook, the chat API).
 * <ul>
 * <li>Any other method is answered {@code 405 Method Not Allowed} with
 * {@code Allow: POST} and one line saying so, whether or not the channel is on, before
 * anything reads the request.</li>
 * <li>A request is answered once. When Reactor Netty cannot decode a request (a chunk
 * size that is no number, say), it answers {@code 400} itself and ends the body early;
 * the endpoint, seeing a short body, would answer too, and writing a second status to the
 * same request fails ("Status and headers already sent"). So an answer to a request the
 * server has already answered is dropped here, its buffers released.</li>
 * </ul>
 */
public final class EndpointGuard implements WebFilter {

	private final String path;

	private final boolean json;

	/**
	 * @param path the endpoint's path
	 * @param json whether its errors are JSON ({@code {"error": "..."}}) rather than
	 * plain text
	 */
	public EndpointGuard(String path, boolean json) {
		this.path = path;
		this.json = json;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!path.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return chain.filter(exchange);
		}
		if (exchange.getRequest().getMethod() != HttpMethod.POST) {
			return methodNotAllowed(exchange.getResponse(), exchange.getRequest().getMethod() == HttpMethod.HEAD);
		}
		HttpServerResponse netty = netty(exchange.getResponse());
		return netty == null ? chain.filter(exchange)
				: chain.filter(exchange.mutate().response(new AnsweredOnce(exchange.getResponse(), netty)).build());
	}

	private Mono<Void> methodNotAllowed(ServerHttpResponse response, boolean head) {
		response.setStatusCode(HttpStatus.METHOD_NOT_ALLOWED);
		response.getHeaders().setAllow(Set.of(HttpMethod.POST));
		response.getHeaders().setContentType(json ? MediaType.APPLICATION_JSON : MediaType.TEXT_PLAIN);
		if (head) {
			return response.setComplete();
		}
		String message = path + " only takes POST";
		String body = json ? "{\"error\":\"" + message + "\"}" : message + "\n";
		DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
		return response.writeWith(Mono.just(buffer));
	}

	/** Reactor Netty's own response; null elsewhere (a mock server in tests). */
	private static HttpServerResponse netty(ServerHttpResponse response) {
		try {
			return ServerHttpResponseDecorator.getNativeResponse(response) instanceof HttpServerResponse netty ? netty
					: null;
		}
		catch (IllegalStateException noServer) {
			return null;
		}
	}

	/**
	 * A response that is not written when the server has already answered the request.
	 */
	private static final class AnsweredOnce extends ServerHttpResponseDecorator {

		private final HttpServerResponse netty;

		AnsweredOnce(ServerHttpResponse response, HttpServerResponse netty) {
			super(response);
			this.netty = netty;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return answered() ? Flux.from(body).doOnNext(DataBufferUtils::release).then() : super.writeWith(body);
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			return answered() ? Flux.from(body).concatMap(Flux::from).doOnNext(DataBufferUtils::release).then()
					: super.writeAndFlushWith(body);
		}

		@Override
		public Mono<Void> setComplete() {
			return answered() ? Mono.empty() : super.setComplete();
		}

		private boolean answered() {
			return netty.hasSentHeaders();
		}

	}

}
