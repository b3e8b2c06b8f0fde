package org.nurture.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class TelegramChannelOffTests {

	@Test
	void withoutABotTokenTheWebhookIsNotFound() {
		TelegramWebhook off = new TelegramWebhook("secret", null);
		WebTestClient client = WebTestClient.bindToRouterFunction(new TelegramConfiguration().telegramWebhookRoute(off))
			.build();
		client.post()
			.uri(TelegramWebhook.PATH)
			.header(TelegramWebhook.SECRET_HEADER, "secret")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"update_id\":1}")
			.exchange()
			.expectStatus()
			.isNotFound();
		client.post()
			.uri(TelegramWebhook.PATH)
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("hi")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void webhookModeWithoutAUsableSecretStopsStartupWithAClearMessage() {
		for (String secret : new String[] { null, "", "has spaces", "x".repeat(257) }) {
			TelegramProperties telegram = new TelegramProperties(BotApiResponses.TOKEN, secret,
					URI.create("https://api.telegram.org"), "https://nurture.example.org", 30, 3, 3,
					Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(50),
					Duration.ofSeconds(5), Duration.ofMinutes(5));
			assertThatThrownBy(() -> new TelegramConfiguration().telegramBotApi(telegram))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
		}
	}

	@Test
	void thePropertiesNeverShowTheTokenOrTheSecret() {
		TelegramProperties telegram = new TelegramProperties(BotApiResponses.TOKEN, "s3cr3t-value",
				URI.create("https://api.telegram.org"), null, 30, 3, 3, Duration.ofMillis(500), Duration.ofSeconds(60),
				Duration.ofSeconds(10), Duration.ofSeconds(50), Duration.ofSeconds(5), Duration.ofMinutes(5));
		assertThat(telegram.toString()).doesNotContain(BotApiResponses.TOKEN).doesNotContain("s3cr3t-value");
		assertThat(telegram.botId()).isEqualTo("123456789");
	}

}
