package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** The Bot API's answers as Telegram sends them, for WireMock. */
public final class BotApiResponses {

	public static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

	private BotApiResponses() {
	}

	/**
	 * A Bot API on a free port that accepts what a bot in webhook mode sends: messages,
	 * button answers, setup.
	 */
	public static WireMockServer startedForWebhooks() {
		WireMockServer telegram = new WireMockServer(wireMockConfig().dynamicPort());
		telegram.start();
		telegram.stubFor(post(urlPathEqualTo(path("sendmessage"))).willReturn(sent(1, 1)));
		telegram.stubFor(post(urlPathEqualTo(path("answercallbackquery"))).willReturn(ok()));
		telegram.stubFor(post(urlPathEqualTo(path("setWebhook"))).willReturn(webhookSet()));
		telegram.stubFor(post(urlPathEqualTo(path("setMyCommands"))).willReturn(ok()));
		return telegram;
	}

	static String path(String method) {
		return "/bot" + TOKEN + "/" + method;
	}

	static ResponseDefinitionBuilder sent(long chatId, int messageId) {
		return json(200, "{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"from\":{\"id\":123456789,"
				+ "\"is_bot\":true,\"first_name\":\"Nurture\",\"username\":\"NurtureBot\"},\"chat\":{\"id\":" + chatId
				+ ",\"first_name\":\"Ana\",\"type\":\"private\"},\"date\":1780322400,\"text\":\"...\"}}");
	}

	static ResponseDefinitionBuilder ok() {
		return json(200, "{\"ok\":true,\"result\":true}");
	}

	static ResponseDefinitionBuilder webhookSet() {
		return json(200, "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
	}

	static ResponseDefinitionBuilder tooManyRequests(int retryAfter) {
		return json(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
				+ retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
	}

	static ResponseDefinitionBuilder blocked() {
		return json(403,
				"{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
	}

	static ResponseDefinitionBuilder chatNotFound() {
		return json(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");
	}

	static ResponseDefinitionBuilder badGateway() {
		return aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
	}

	static ResponseDefinitionBuilder internalError() {
		return json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
	}

	static ResponseDefinitionBuilder updates(String... updates) {
		return json(200, "{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}");
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
