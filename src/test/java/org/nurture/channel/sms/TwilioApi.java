package org.nurture.channel.sms;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/** Twilio's REST API answers, as Twilio writes them, for WireMock standing in for it. */
public final class TwilioApi {

	private TwilioApi() {
	}

	/** The path messages are created at for an account. */
	public static String messages(String accountSid) {
		return "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
	}

	/** 201 Created: Twilio accepted the message and queued it. */
	public static ResponseDefinitionBuilder created(String accountSid, String from, String to, String messageSid) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
				{"account_sid": "%s", "api_version": "2010-04-01", "body": "Hi",
				 "date_created": "Mon, 01 Jun 2026 14:00:00 +0000", "date_sent": null,
				 "date_updated": "Mon, 01 Jun 2026 14:00:00 +0000", "direction": "outbound-api",
				 "error_code": null, "error_message": null, "from": "%s", "messaging_service_sid": null,
				 "num_media": "0", "num_segments": "1", "price": null, "price_unit": "USD", "sid": "%s",
				 "status": "queued", "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/%s/Media.json"},
				 "to": "%s", "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}
				""".formatted(accountSid, from, messageSid, accountSid, messageSid, to, accountSid, messageSid));
	}

	/** An error as Twilio reports it: the HTTP status and Twilio's own code. */
	public static ResponseDefinitionBuilder error(int status, int code, String message) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
				{"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}
				""".formatted(code, message.replace("\"", "\\\""), code, status));
	}

}
