package org.nurture.channel.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The Telegram settings, from the environment (see docs/telegram.md). The channel is on
 * when the bot token is set; with {@code PUBLIC_BASE_URL} set it runs by webhook,
 * otherwise by long polling.
 *
 * @param botToken {@code TELEGRAM_BOT_TOKEN}: the token BotFather gave; it authenticates
 * every Bot API call
 * @param webhookSecret {@code TELEGRAM_WEBHOOK_SECRET}: 1 to 256 of
 * {@code A-Z a-z 0-9 _ -}, given to {@code setWebhook} and checked on every webhook call;
 * required by webhook mode
 * @param apiBaseUrl {@code TELEGRAM_API_BASE_URL}: where the Bot API is, a mock in tests
 * @param publicBaseUrl {@code PUBLIC_BASE_URL}: the https URL Telegram calls
 * ({@code /webhooks/telegram} is added)
 * @param messagesPerSecond how many messages the bot sends per second in all (Telegram
 * allows about 30)
 * @param chatBurst how many messages may go to one chat at once; after that one a second
 * (Telegram's limit)
 * @param sendAttempts how many times a call is tried on 429, 5xx or a failure to connect
 * @param firstRetryDelay the backoff before the first retry on 5xx or a failure to
 * connect, doubling after
 * @param longestRetryAfter a 429 asking to wait longer than this gives up rather than
 * hold the message
 * @param requestTimeout how long to wait for one Bot API answer; a send that times out is
 * not retried, since Telegram may have delivered it
 * @param pollTimeout how long one {@code getUpdates} call waits for updates in long
 * polling mode
 * @param outboxSweepInterval how often each instance looks for replies left waiting in
 * the outbox, and how long a reply waits before it counts as left
 * @param outboxLease how long a reply may be "sending" before it is taken as lost with
 * its instance and recorded as unknown (never sent again); longer than any send with its
 * retries and waits
 */
@ConfigurationProperties("nurture.telegram")
record TelegramProperties(String botToken, String webhookSecret,
		@DefaultValue("https://api.telegram.org") URI apiBaseUrl, String publicBaseUrl,
		@DefaultValue("30") double messagesPerSecond, @DefaultValue("3") int chatBurst,
		@DefaultValue("4") int sendAttempts, @DefaultValue("500ms") Duration firstRetryDelay,
		@DefaultValue("60s") Duration longestRetryAfter, @DefaultValue("10s") Duration requestTimeout,
		@DefaultValue("50s") Duration pollTimeout, @DefaultValue("5s") Duration outboxSweepInterval,
		@DefaultValue("5m") Duration outboxLease) {

	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	boolean enabled() {
		return StringUtils.hasText(botToken);
	}

	/** Webhook mode needs a public URL; without one the bot polls. */
	boolean webhookMode() {
		return enabled() && StringUtils.hasText(publicBaseUrl);
	}

	boolean secretValid() {
		return webhookSecret != null && SECRET.matcher(webhookSecret).matches();
	}

	/**
	 * The public part of the token (the bot's id), used to keep update ids of different
	 * bots apart.
	 */
	String botId() {
		int colon = botToken.indexOf(':');
		return colon > 0 ? botToken.substring(0, colon) : "bot";
	}

	String webhookUrl() {
		return publicBaseUrl.strip().replaceAll("/+$", "") + TelegramWebhook.PATH;
	}

	/** Never shows the token or the secret. */
	@Override
	public String toString() {
		return "TelegramProperties[botToken=" + (enabled() ? "(set)" : "(unset)") + ", webhookSecret="
				+ (StringUtils.hasText(webhookSecret) ? "(set)" : "(unset)") + ", apiBaseUrl=" + apiBaseUrl
				+ ", publicBaseUrl=" + publicBaseUrl + ", messagesPerSecond=" + messagesPerSecond + ", chatBurst="
				+ chatBurst + ", sendAttempts=" + sendAttempts + ", firstRetryDelay=" + firstRetryDelay
				+ ", longestRetryAfter=" + longestRetryAfter + ", requestTimeout=" + requestTimeout + ", pollTimeout="
				+ pollTimeout + ", outboxSweepInterval=" + outboxSweepInterval + ", outboxLease=" + outboxLease + "]";
	}
}
