package org.nurture.channel.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Webhook requests as Twilio sends them, signed with the documented algorithm computed
 * here rather than with the SDK the service uses: HMAC-SHA1, keyed with the auth token,
 * over the full URL followed by every parameter sorted by name as name and value,
 * Base64-encoded.
 */
public final class TwilioRequests {

	public static final String AUTH_TOKEN = "12345678901234567890123456789012";

	static final String ACCOUNT_SID = "AC" + "0".repeat(32);

	public static final String PUBLIC_BASE_URL = "https://nurture.example.org";

	static final String WEBHOOK_URL = PUBLIC_BASE_URL + TwilioWebhook.PATH;

	private TwilioRequests() {
	}

	static String sign(String authToken, String url, Map<String, String> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	public static String sign(Map<String, String> parameters) {
		return sign(AUTH_TOKEN, WEBHOOK_URL, parameters);
	}

	/** Signed as Twilio signs a request to this path of the public URL. */
	public static String signFor(String path, Map<String, String> parameters) {
		return sign(AUTH_TOKEN, PUBLIC_BASE_URL + path, parameters);
	}

	/**
	 * The parameters of a status callback for a message Nurture sent, as Twilio posts
	 * them.
	 */
	public static Map<String, String> statusCallback(String sid, String status, Integer errorCode) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("AccountSid", ACCOUNT_SID);
		parameters.put("ApiVersion", "2010-04-01");
		parameters.put("From", "+16175550100");
		parameters.put("MessageSid", sid);
		parameters.put("MessageStatus", status);
		parameters.put("SmsSid", sid);
		parameters.put("SmsStatus", status);
		parameters.put("To", "+16175551234");
		if (errorCode != null) {
			parameters.put("ErrorCode", errorCode.toString());
		}
		return parameters;
	}

	/** A new message SID, as Twilio makes them: SM and 32 hex digits. */
	public static String newSid() {
		byte[] bytes = new byte[16];
		ThreadLocalRandom.current().nextBytes(bytes);
		return "SM" + HexFormat.of().formatHex(bytes);
	}

	/** The parameters of an incoming SMS, as Twilio posts them. */
	public static Map<String, String> sms(String sid, String from, String body) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("ToCountry", "US");
		parameters.put("ToState", "MA");
		parameters.put("SmsMessageSid", sid);
		parameters.put("NumMedia", "0");
		parameters.put("ToCity", "BOSTON");
		parameters.put("FromZip", "02139");
		parameters.put("SmsSid", sid);
		parameters.put("FromState", "MA");
		parameters.put("SmsStatus", "received");
		parameters.put("FromCity", "CAMBRIDGE");
		parameters.put("Body", body);
		parameters.put("FromCountry", "US");
		parameters.put("To", "+16175550100");
		parameters.put("ToZip", "02108");
		parameters.put("NumSegments", "1");
		parameters.put("MessageSid", sid);
		parameters.put("AccountSid", ACCOUNT_SID);
		parameters.put("From", from);
		parameters.put("ApiVersion", "2010-04-01");
		return parameters;
	}

	static MultiValueMap<String, String> form(Map<String, String> parameters) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		parameters.forEach(form::add);
		return form;
	}

}
