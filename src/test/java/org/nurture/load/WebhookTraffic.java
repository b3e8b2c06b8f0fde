package org.nurture.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed Twilio webhook bodies, as Twilio posts them, for many contacts. Each contact
 * texts one script over and over, a message at a time (see {@link TrafficScripts}). Every
 * request has a new {@code MessageSid}, so none is a redelivery.
 */
final class WebhookTraffic {

	/** One request: the form body and its {@code X-Twilio-Signature}. */
	record Request(String body, String signature) {
	}

	private final List<List<String>> scripts;

	private final int contacts;

	private final String authToken;

	private final String url;

	private final AtomicLong sent = new AtomicLong();

	private final ThreadLocal<Mac> macs;

	private WebhookTraffic(List<List<String>> scripts, int contacts, String authToken, String url) {
		this.scripts = scripts;
		this.contacts = contacts;
		this.authToken = authToken;
		this.url = url;
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/**
	 * The golden conversations and the accuracy messages, spread over {@code contacts}
	 * phone numbers.
	 */
	static WebhookTraffic of(Path content, int contacts, String authToken, String url) {
		return new WebhookTraffic(TrafficScripts.load(content), contacts, authToken, url);
	}

	int scripts() {
		return scripts.size();
	}

	/**
	 * The next message: contacts take turns, so with many more contacts than requests in
	 * flight a contact's messages arrive one after another, as a person's would.
	 */
	Request next() {
		long n = sent.getAndIncrement();
		int contact = (int) (n % contacts);
		List<String> script = scripts.get(contact % scripts.size());
		String text = script.get((int) ((n / contacts) % script.size()));
		return request(String.format("+1555%07d", contact), text);
	}

	private Request request(String from, String body) {
		String sid = newSid();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("ToCountry", "US");
		parameters.put("SmsMessageSid", sid);
		parameters.put("NumMedia", "0");
		parameters.put("SmsSid", sid);
		parameters.put("SmsStatus", "received");
		parameters.put("Body", body);
		parameters.put("FromCountry", "US");
		parameters.put("To", "+16175550100");
		parameters.put("NumSegments", "1");
		parameters.put("MessageSid", sid);
		parameters.put("AccountSid", "AC" + "0".repeat(32));
		parameters.put("From", from);
		parameters.put("ApiVersion", "2010-04-01");
		StringBuilder form = new StringBuilder();
		parameters.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return new Request(form.toString(), sign(parameters));
	}

	/**
	 * Twilio's documented algorithm: HMAC-SHA1 over the URL and every parameter sorted by
	 * name, in Base64.
	 */
	private String sign(Map<String, String> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		return Base64.getEncoder().encodeToString(macs.get().doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return mac;
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String newSid() {
		byte[] bytes = new byte[16];
		ThreadLocalRandom.current().nextBytes(bytes);
		return "SM" + HexFormat.of().formatHex(bytes);
	}

}
