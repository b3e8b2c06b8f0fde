package org.nurture.channel.sms;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's HTTP client pointed at a configurable API base URL
 * ({@code TWILIO_API_BASE_URL}). The SDK builds every URL as
 * {@code https://<product>.twilio.com/...} and has no setting for it, so each request is
 * rebuilt with the configured scheme, host and port, keeping its path, parameters,
 * headers and authentication.
 *
 * <p>
 * It also makes each request exactly once: the SDK would retry 5xx three times 100 ms
 * apart, and Apache HttpClient 5 underneath would silently retry 429 and 503 after a
 * second. Retrying is the gateway's job, with its own backoff and attempt count, so that
 * what happened is what the outcome says.
 */
final class TwilioApiHttpClient extends HttpClient {

	private final URI baseUrl;

	private final HttpClient delegate;

	TwilioApiHttpClient(URI baseUrl, Duration timeout) {
		this(baseUrl,
				new NetworkHttpClient(HttpClientBuilder.create()
					.useSystemProperties()
					.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
						// The SDK sets its own request config on every request, so the
						// socket timeout is what bounds the wait.
						.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(Timeout.of(timeout)).build())
						.setMaxConnPerRoute(20)
						.setMaxConnTotal(100)
						.build())
					.setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
					.disableAutomaticRetries()));
	}

	TwilioApiHttpClient(URI baseUrl, HttpClient delegate) {
		this.baseUrl = baseUrl;
		this.delegate = delegate;
	}

	/** Once, without the SDK's own retries. */
	@Override
	public Response reliableRequest(Request request) {
		return makeRequest(request);
	}

	@Override
	public Response makeRequest(Request request) {
		return delegate.makeRequest(rebase(request));
	}

	Request rebase(Request request) {
		String path;
		try {
			path = new URL(request.getUrl()).getPath();
		}
		catch (MalformedURLException impossible) {
			throw new ApiException("Bad URL: " + impossible.getMessage());
		}
		String base = baseUrl.toString().replaceAll("/+$", "");
		Request rebased = new Request(request.getMethod(), base + path);
		copy(request.getQueryParams(), rebased::addQueryParam);
		copy(request.getPostParams(), rebased::addPostParam);
		copy(request.getHeaderParams(), rebased::addHeaderParam);
		rebased.setContentType(request.getContentType());
		rebased.setBody(request.getBody());
		if (request.getFormParameters() != null) {
			rebased.setFormParameters(request.getFormParameters());
		}
		if (request.getUserAgentExtensions() != null) {
			rebased.setUserAgentExtensions(request.getUserAgentExtensions());
		}
		if (request.getAuthStrategy() != null) {
			rebased.setAuth(request.getAuthStrategy());
		}
		else if (request.getUsername() != null) {
			rebased.setAuth(request.getUsername(), request.getPassword());
		}
		return rebased;
	}

	private static void copy(Map<String, List<String>> parameters, BiConsumer<String, String> add) {
		parameters.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
	}

}
