package org.nurture.channel;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.nurture.channel.sms.TwilioRequests;

/**
 * Malformed requests for the three endpoints, each with the statuses it may be answered
 * with (as the README's endpoint table documents them), written as raw HTTP/1.1 so that
 * nothing on the client's side tidies them up: wrong methods, missing and malformed
 * content types, bodies over the limit (declared and chunked), bodies that are not what
 * the endpoint reads, fields of the wrong kind, signed Twilio forms with wrong
 * parameters, random bytes, and broken framing (a chunk size that is no number, a body
 * cut off).
 */
final class MalformedRequests {

	static final String TWILIO = "/webhooks/twilio";

	static final String TELEGRAM = "/webhooks/telegram";

	static final String CHAT = "/api/chat";

	static final String TELEGRAM_SECRET = "x9Jq-2mB_7vLr0Kd";

	static final String FORM = "application/x-www-form-urlencoded";

	static final String JSON = "application/json";

	/** Over every endpoint's 64 KiB limit. */
	static final int TOO_LARGE = 64 * 1024 + 1;

	private static final List<String> OTHER_METHODS = List.of("GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

	/** Content-Type headers that are no media type, or name an unknown charset. */
	private static final List<String> MALFORMED_TYPES = List.of("garbage", "application/", "/json", "application",
			"application/json; charset=nope", "application/x-www-form-urlencoded; charset=", "text/plain; charset=\"",
			";", "a/b/c", "application/json; charset=utf-8; charset=latin1=x", "\u00e9/\u00e9");

	/** Types that are well formed but not what the endpoints read, wildcards included. */
	private static final List<String> OTHER_TYPES = List.of("text/plain", "text/xml", "multipart/form-data; boundary=x",
			"application/octet-stream", "image/png", "*/*", "application/*", "text/*", "application/problem+json",
			"application/xml; charset=utf-8");

	private final Random random = new Random(16);

	private final List<Case> cases = new ArrayList<>();

	/**
	 * One request.
	 *
	 * @param name what is wrong with it
	 * @param bytes the request as sent
	 * @param expected the statuses it may get; empty when the connection is cut before it
	 * ends, so nobody waits for an answer
	 */
	record Case(String name, byte[] bytes, Set<Integer> expected) {

		boolean answered() {
			return !expected.isEmpty();
		}

		@Override
		public String toString() {
			return name;
		}

	}

	static List<Case> all() {
		MalformedRequests requests = new MalformedRequests();
		for (String path : List.of(TWILIO, TELEGRAM, CHAT)) {
			requests.everyEndpoint(path);
		}
		requests.twilio();
		requests.telegram();
		requests.chat();
		return List.copyOf(requests.cases);
	}

	private void everyEndpoint(String path) {
		String type = path.equals(TWILIO) ? FORM : JSON;
		Map<String, String> headers = authenticated(path);
		for (String method : OTHER_METHODS) {
			add(path + " by " + method, request(method, path, headers, null, ""), 405);
			add(path + " by " + method + " with a body", request(method, path, headers, type, "{}"), 405);
		}
		add(path + " without a content type", request("POST", path, headers, null, "{}"), 415);
		for (String malformed : MALFORMED_TYPES) {
			for (String body : List.of("", "{}", "a=b")) {
				add(path + " as '" + malformed + "' with '" + body + "'",
						request("POST", path, headers, malformed, body), 415);
			}
		}
		for (String other : OTHER_TYPES) {
			add(path + " as " + other, request("POST", path, headers, other, "hello"), 415);
		}
		String large = "x".repeat(TOO_LARGE);
		add(path + " over 64 KiB", request("POST", path, headers, type, large), 413);
		add(path + " over 64 KiB, chunked", chunked(path, headers, type, large, true), 413);
		add(path + " declaring 1 GiB", declared(path, headers, type, 1L << 30), 413);
		add(path + " with a chunk size that is no number", badChunk(path, headers, type), 400);
		add(path + " with two different lengths", twoLengths(path, headers, type), 400);
		add(path + " without a Host", withoutHost(path, headers, type), 400, 403);
		cut(path + " cut off in a chunk", chunked(path, headers, type, "{\"update_id\": 1, \"x\": \"abc", false));
		cut(path + " cut off before its length",
				cutOff(request("POST", path, headers, type, "{\"conversationId\": \"abcdefgh12\", \"text\": \"hi\"}")));
		for (int i = 0; i < 70; i++) {
			byte[] garbage = new byte[1 + random.nextInt(300)];
			random.nextBytes(garbage);
			add(path + " with random bytes " + i, request("POST", path, headers, type, garbage),
					path.equals(TWILIO) ? Set.of(400, 403) : Set.of(400));
		}
	}

	private void twilio() {
		for (String body : List.of("Body=%ZZ&From=x", "Body=%", "Body=%E0%A4%A", "a=1&a=2", "Body=hi&Body=STOP",
				"=&=&=", "&&&&", "From=%2B1617555%00")) {
			add(TWILIO + " unsigned '" + body + "'", request("POST", TWILIO, Map.of(), FORM, body), 400, 403);
		}
		Map<String, String> valid = TwilioRequests.sms(TwilioRequests.newSid(), "+16175550123", "hi");
		add(TWILIO + " with a wrong signature",
				request("POST", TWILIO, Map.of("X-Twilio-Signature", "AAAA"), FORM, form(valid)), 403);
		add(TWILIO + " with an empty signature",
				request("POST", TWILIO, Map.of("X-Twilio-Signature", ""), FORM, form(valid)), 403);
		List<Map<String, String>> wrong = new ArrayList<>();
		wrong.add(without(valid, "MessageSid"));
		wrong.add(with(valid, "MessageSid", "not-a-sid"));
		wrong.add(with(valid, "MessageSid", "SM" + "g".repeat(32)));
		wrong.add(without(valid, "From"));
		wrong.add(with(valid, "From", ""));
		wrong.add(with(valid, "From", "   "));
		wrong.add(with(valid, "From", "+1" + "5".repeat(80)));
		wrong.add(with(valid, "From", "whatsapp:"));
		wrong.add(with(valid, "Body", "a".repeat(1601)));
		wrong.add(with(valid, "Body", "\uD83D\uDE00".repeat(1601)));
		for (Map<String, String> parameters : wrong) {
			add(TWILIO + " signed, " + describe(parameters, valid), signed(parameters), 400);
		}
	}

	private void telegram() {
		add(TELEGRAM + " without its secret", request("POST", TELEGRAM, Map.of(), JSON, "{\"update_id\": 1}"), 403);
		add(TELEGRAM + " with a wrong secret", request("POST", TELEGRAM,
				Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET + "x"), JSON, "{\"update_id\": 1}"), 403);
		add(TELEGRAM + " with an empty secret",
				request("POST", TELEGRAM, Map.of("X-Telegram-Bot-Api-Secret-Token", ""), JSON, "{\"update_id\": 1}"),
				403);
		for (String body : jsonThatIsNoObject()) {
			add(TELEGRAM + " '" + abbreviate(body) + "'",
					request("POST", TELEGRAM, authenticated(TELEGRAM), JSON, body), 400);
		}
		for (String body : List.of("{}", "{\"update_id\": \"1\"}", "{\"update_id\": null}", "{\"update_id\": true}",
				"{\"update_id\": []}", "{\"update_id\": {}}", "{\"update_id\": 1e400}", "{\"message\": {}}")) {
			add(TELEGRAM + " '" + body + "'", request("POST", TELEGRAM, authenticated(TELEGRAM), JSON, body), 400);
		}
	}

	private void chat() {
		for (String type : List.of(JSON, JSON + "; charset=utf-8")) {
			for (String body : jsonThatIsNoObject()) {
				add(CHAT + " as " + type + " '" + abbreviate(body) + "'", request("POST", CHAT, Map.of(), type, body),
						400);
			}
		}
		for (String accept : List.of("garbage", "text/html", "application/xml", "*/*; q=x", "application/json;;")) {
			add(CHAT + " accepting '" + accept + "'", request("POST", CHAT, Map.of("Accept", accept), JSON, "{}"), 400,
					406);
		}
		List<String> wrongFields = List.of("{}", "{\"text\": \"hi\"}", "{\"conversationId\": \"abcdefgh12\"}",
				"{\"conversationId\": 12345678, \"text\": \"hi\"}",
				"{\"conversationId\": \"abcdefgh12\", \"text\": 123}",
				"{\"conversationId\": \"abcdefgh12\", \"text\": true}",
				"{\"conversationId\": \"abcdefgh12\", \"text\": []}",
				"{\"conversationId\": \"abcdefgh12\", \"text\": {\"a\": 1}}",
				"{\"conversationId\": [\"abcdefgh12\"], \"text\": \"hi\"}",
				"{\"conversationId\": \"short\", \"text\": \"hi\"}",
				"{\"conversationId\": \"has spaces in it\", \"text\": \"hi\"}",
				"{\"conversationId\": \"../../etc/passwd\", \"text\": \"hi\"}",
				"{\"conversationId\": \"" + "a".repeat(65) + "\", \"text\": \"hi\"}",
				"{\"conversationId\": \"abcdefgh12\", \"text\": \"" + "a".repeat(1001) + "\"}",
				"{\"conversationId\": null, \"text\": \"hi\"}", "{\"conversationId\": \"abcdefgh12\", \"text\": null}");
		for (String body : wrongFields) {
			add(CHAT + " '" + abbreviate(body) + "'", request("POST", CHAT, Map.of(), JSON, body), 400);
		}
	}

	private static List<String> jsonThatIsNoObject() {
		return List.of("", " ", "not json", "{", "}", "[]", "[1, 2]", "null", "true", "42", "\"text\"", "{\"a\": }",
				"{\"a\": 1,}", "{'a': 1}", "{\"a\": \"\\u12\"}", "{\"a\": 1} trailing", "[".repeat(2000),
				"{\"a\":".repeat(1500) + "1" + "}".repeat(1500), "\u0000\u0001\u0002", "\uFEFF");
	}

	private Map<String, String> authenticated(String path) {
		return path.equals(TELEGRAM) ? Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET) : Map.of();
	}

	private void add(String name, byte[] bytes, int... expected) {
		cases.add(new Case(name, bytes, Arrays.stream(expected).boxed().collect(Collectors.toSet())));
	}

	private void add(String name, byte[] bytes, Set<Integer> expected) {
		cases.add(new Case(name, bytes, expected));
	}

	private void cut(String name, byte[] bytes) {
		cases.add(new Case(name, bytes, Set.of()));
	}

	private static byte[] signed(Map<String, String> parameters) {
		return request("POST", TWILIO, Map.of("X-Twilio-Signature", TwilioRequests.sign(parameters)), FORM,
				form(parameters));
	}

	private static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map(parameter -> URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(parameters);
		changed.put(name, value);
		return changed;
	}

	private static Map<String, String> without(Map<String, String> parameters, String name) {
		Map<String, String> changed = new LinkedHashMap<>(parameters);
		changed.remove(name);
		return changed;
	}

	private static String describe(Map<String, String> parameters, Map<String, String> valid) {
		for (String name : valid.keySet()) {
			if (!parameters.containsKey(name)) {
				return "without " + name;
			}
			if (!parameters.get(name).equals(valid.get(name))) {
				return name + " '" + abbreviate(parameters.get(name)) + "'";
			}
		}
		return "as is";
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
	}

	static byte[] request(String method, String path, Map<String, String> headers, String type, String body) {
		return request(method, path, headers, type, body.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] request(String method, String path, Map<String, String> headers, String type, byte[] body) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (type != null) {
			head.append("Content-Type: ").append(type).append("\r\n");
		}
		if (body.length > 0 || method.equals("POST")) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("Connection: close\r\n\r\n");
		return concat(head.toString().getBytes(StandardCharsets.UTF_8), body);
	}

	private static byte[] chunked(String path, Map<String, String> headers, String type, String body, boolean whole) {
		StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Type: ")
			.append(type)
			.append("\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
		for (int from = 0; from < body.length(); from += 8192) {
			String chunk = body.substring(from, Math.min(body.length(), from + 8192));
			request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
		}
		if (!whole) {
			request.append("400\r\nand then the connection closes");
			return request.toString().getBytes(StandardCharsets.UTF_8);
		}
		return request.append("0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] declared(String path, Map<String, String> headers, String type, long length) {
		StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Type: ").append(type).append("\r\nContent-Length: ").append(length);
		return request.append("\r\nConnection: close\r\n\r\n{").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] badChunk(String path, Map<String, String> headers, String type) {
		StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Type: ")
			.append(type)
			.append("\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
		return request.append("zz\r\n{}\r\n0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] twoLengths(String path, Map<String, String> headers, String type) {
		StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Type: ").append(type).append("\r\nContent-Length: 2\r\nContent-Length: 7\r\n");
		return request.append("Connection: close\r\n\r\n{}").toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * HTTP/1.1 asks for a Host header; Reactor Netty reads a request without one, and the
	 * endpoint answers it as it would any other.
	 */
	private static byte[] withoutHost(String path, Map<String, String> headers, String type) {
		StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("Content-Type: ").append(type).append("\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
		return request.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The request with only half of its body. */
	private static byte[] cutOff(byte[] request) {
		byte[] half = new byte[request.length - 10];
		System.arraycopy(request, 0, half, 0, half.length);
		return half;
	}

	private static byte[] concat(byte[] head, byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length + body.length);
		bytes.writeBytes(head);
		bytes.writeBytes(body);
		return bytes.toByteArray();
	}

}
