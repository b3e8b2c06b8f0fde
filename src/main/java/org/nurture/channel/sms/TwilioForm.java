package org.nurture.channel.sms;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A Twilio webhook's parameters, from its {@code application/x-www-form-urlencoded} body
 * (decoded with the JDK's {@link URLDecoder}). Twilio sends each parameter once, so a
 * repeated one, like a broken percent escape, makes the form {@link Malformed}.
 */
final class TwilioForm {

	private TwilioForm() {
	}

	static Map<String, String> parse(String body) {
		Map<String, String> parameters = new HashMap<>();
		if (body.isEmpty()) {
			return parameters;
		}
		for (String pair : body.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			if (parameters.putIfAbsent(name, value) != null) {
				throw new Malformed("a parameter is repeated (" + name + "); Twilio sends each parameter once");
			}
		}
		return parameters;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException broken) {
			throw new Malformed("a percent escape is broken");
		}
	}

	/** The body is not a form Twilio would send. */
	static final class Malformed extends RuntimeException {

		Malformed(String reason) {
			super(reason, null, false, false);
		}

	}

}
