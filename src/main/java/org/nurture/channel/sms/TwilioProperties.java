package org.nurture.channel.sms;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The Twilio settings, from the environment (see the README's configuration table). The
 * SMS channel is on when the auth token is set.
 *
 * @param authToken {@code TWILIO_AUTH_TOKEN}: signs the webhooks Twilio sends and
 * authenticates the REST API
 * @param accountSid {@code TWILIO_ACCOUNT_SID}: needed to send messages that are not an
 * immediate reply
 * @param from {@code TWILIO_FROM}: the sender for such messages, a phone number or a
 * Messaging Service SID
 * @param apiBaseUrl {@code TWILIO_API_BASE_URL}: where the REST API is, a mock in tests
 * @param publicBaseUrl {@code PUBLIC_BASE_URL}: the https URL Twilio calls, which the
 * signature covers; unset, the URL the request arrived at is used (right only without a
 * proxy or tunnel in between)
 * @param messagesPerSecond how many messages one sender may send per second (1 for a long
 * code, 3 toll-free)
 * @param sendAttempts how many times a send is tried on 429 or 5xx before it counts as
 * failed
 * @param firstRetryDelay the backoff before the first retry, doubling after
 * @param requestTimeout how long to wait for Twilio's answer to one request; a send that
 * times out is not retried, since Twilio may have accepted it
 * @param processedRetention how long handled provider message ids (Telegram's update ids,
 * and Twilio's from before migration 6) are kept to recognise redeliveries
 */
@ConfigurationProperties("nurture.twilio")
record TwilioProperties(String authToken, String accountSid, String from,
		@DefaultValue("https://api.twilio.com") URI apiBaseUrl, String publicBaseUrl,
		@DefaultValue("1") double messagesPerSecond, @DefaultValue("4") int sendAttempts,
		@DefaultValue("500ms") Duration firstRetryDelay, @DefaultValue("15s") Duration requestTimeout,
		@DefaultValue("48h") Duration processedRetention) {

	boolean enabled() {
		return StringUtils.hasText(authToken);
	}

	boolean canSend() {
		return enabled() && StringUtils.hasText(accountSid) && StringUtils.hasText(from);
	}

	/** Never shows the auth token. */
	@Override
	public String toString() {
		return "TwilioProperties[authToken=" + (enabled() ? "(set)" : "(unset)") + ", accountSid=" + accountSid
				+ ", from=" + from + ", apiBaseUrl=" + apiBaseUrl + ", publicBaseUrl=" + publicBaseUrl
				+ ", messagesPerSecond=" + messagesPerSecond + ", sendAttempts=" + sendAttempts + ", firstRetryDelay="
				+ firstRetryDelay + ", requestTimeout=" + requestTimeout + ", processedRetention=" + processedRetention
				+ "]";
	}
}
