package org.nurture.channel.sms;

import java.net.URI;
import java.util.Map;

import org.springframework.util.StringUtils;

import com.twilio.security.RequestValidator;

/**
 * Checks {@code X-Twilio-Signature} with the Twilio SDK, over the URL Twilio called and
 * every posted parameter. Behind a proxy or tunnel the service sees another URL than
 * Twilio called, so the URL is rebuilt from {@code PUBLIC_BASE_URL} and the request's
 * path and query.
 */
final class TwilioSignature {

	static final String HEADER = "X-Twilio-Signature";

	private final RequestValidator validator;

	private final String publicBaseUrl;

	TwilioSignature(String authToken, String publicBaseUrl) {
		this.validator = new RequestValidator(authToken);
		this.publicBaseUrl = StringUtils.hasText(publicBaseUrl) ? stripTrailingSlash(publicBaseUrl.strip()) : null;
	}

	boolean isValid(URI requested, Map<String, String> parameters, String signature) {
		if (!StringUtils.hasText(signature)) {
			return false;
		}
		return validator.validate(calledUrl(requested), parameters, signature);
	}

	/** The URL as Twilio called it. */
	String calledUrl(URI requested) {
		if (publicBaseUrl == null) {
			return requested.toString();
		}
		String query = requested.getRawQuery();
		return publicBaseUrl + requested.getRawPath() + (query == null ? "" : "?" + query);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
