package org.nurture.channel.telegram;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import org.nurture.channel.ChannelTexts;
import org.nurture.channel.EndpointGuard;
import org.nurture.channel.ProcessedMessages;
import org.nurture.contact.Contacts;
import org.nurture.conversation.ConversationService;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Telegram channel. The webhook route always exists, so that with the channel off it
 * answers 404 whatever is posted to it. With {@code TELEGRAM_BOT_TOKEN} set: the Bot API
 * client, the outbound gateway, the inbox and its outbox of replies (swept on a
 * schedule); then either the webhook is registered at startup ({@code PUBLIC_BASE_URL}
 * set, which needs a valid {@code TELEGRAM_WEBHOOK_SECRET}) or the bot polls.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

	private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

	@Bean
	@Conditional(TelegramConfigured.class)
	BotApi telegramBotApi(TelegramProperties telegram) {
		if (telegram.webhookMode() && !telegram.secretValid()) {
			throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET must be set to 1-256 letters, digits, '_' or '-'"
					+ " when PUBLIC_BASE_URL is set (Telegram sends it back with every update, and updates without it"
					+ " are refused); for example: openssl rand -hex 32");
		}
		HttpClient http = HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS);
		WebClient web = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
		return new BotApi(web, telegram.apiBaseUrl(), telegram.botToken(), telegram.requestTimeout());
	}

	@Bean
	@Conditional(TelegramConfigured.class)
	TelegramOutboundGateway telegramOutboundGateway(BotApi api, TelegramProperties telegram, Contacts contacts,
			Clock clock) {
		return new TelegramOutboundGateway(api,
				new TelegramRateLimits(telegram.messagesPerSecond(), telegram.chatBurst()), contacts, clock, telegram);
	}

	@Bean
	@Conditional(TelegramConfigured.class)
	TelegramOutbox telegramOutbox(DatabaseClient database, ReactiveTransactionManager transactionManager,
			JsonMapper json) {
		return new TelegramOutbox(database, TransactionalOperator.create(transactionManager), json);
	}

	@Bean
	@Conditional(TelegramConfigured.class)
	TelegramReplies telegramReplies(TelegramOutbox outbox, TelegramOutboundGateway gateway, Clock clock,
			MeterRegistry meters, TelegramProperties telegram) {
		return new TelegramReplies(outbox, gateway, clock, meters, telegram.outboxSweepInterval(),
				telegram.outboxLease());
	}

	@Bean
	@Conditional(TelegramConfigured.class)
	TelegramInbox telegramInbox(TelegramProperties telegram, ConversationService conversations, Contacts contacts,
			DatabaseClient database, TelegramOutbox outbox, TelegramReplies replies,
			ReactiveTransactionManager transactionManager, Clock clock, ChannelTexts texts) {
		ProcessedUpdates processed = new ProcessedUpdates(new ProcessedMessages(database), telegram.botId());
		return new TelegramInbox(conversations, contacts, processed, outbox, replies,
				TransactionalOperator.create(transactionManager), clock, texts);
	}

	@Bean
	@Conditional(TelegramConfigured.class)
	TelegramStartup telegramStartup(BotApi api, TelegramProperties telegram, ChannelTexts texts) {
		return new TelegramStartup(api, telegram, texts);
	}

	/**
	 * Webhook mode: tells Telegram where to send updates once the server is listening.
	 */
	@Bean
	@Conditional(TelegramConfigured.class)
	ApplicationListener<ApplicationReadyEvent> telegramWebhookRegistration(TelegramProperties telegram,
			TelegramStartup startup) {
		return ready -> {
			if (telegram.webhookMode()) {
				startup.registerWebhook().then(startup.registerCommands()).subscribe();
			}
		};
	}

	/** Long polling mode: a token and no public URL. */
	@Bean
	@Conditional(TelegramConfigured.LongPolling.class)
	TelegramLongPolling telegramLongPolling(BotApi api, TelegramInbox inbox, TelegramStartup startup,
			TelegramProperties telegram) {
		return new TelegramLongPolling(api, inbox, startup, telegram);
	}

	/**
	 * The outbox's sweep and pruning. Pruning keeps replies as long as handled message
	 * ids ({@code nurture.twilio.processed-retention}): no longer than a redelivery can
	 * come.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@Conditional(TelegramConfigured.class)
	static class OutboxScheduling {

		@Bean
		TelegramOutboxSchedule telegramOutboxSchedule(TelegramReplies replies, TelegramOutbox outbox,
				@Value("${nurture.twilio.processed-retention:48h}") Duration retention, Clock clock) {
			return new TelegramOutboxSchedule(replies, outbox, retention, clock);
		}

	}

	@Bean
	TelegramWebhook telegramWebhook(TelegramProperties telegram, ObjectProvider<TelegramInbox> inbox) {
		if (!telegram.enabled()) {
			log.info("The Telegram channel is off: TELEGRAM_BOT_TOKEN is not set");
		}
		return new TelegramWebhook(telegram.webhookSecret(), inbox.getIfAvailable());
	}

	/**
	 * GET, PUT, ... on the webhook: 405 with {@code Allow: POST}, whether or not the
	 * channel is on.
	 */
	@Bean
	EndpointGuard telegramWebhookGuard() {
		return new EndpointGuard(TelegramWebhook.PATH, false);
	}

	@Bean
	RouterFunction<ServerResponse> telegramWebhookRoute(TelegramWebhook webhook) {
		return RouterFunctions.route(RequestPredicates.POST(TelegramWebhook.PATH), webhook::handle);
	}

}
