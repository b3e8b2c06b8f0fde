package org.nurture.channel.sms;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import org.nurture.channel.ChannelTexts;
import org.nurture.channel.EndpointGuard;
import org.nurture.channel.ProcessedMessages;
import org.nurture.contact.Contacts;
import org.nurture.subscription.DeliveryReports;
import org.nurture.conversation.ConversationService;

/**
 * The Twilio channel (SMS and WhatsApp). The webhook route always exists, so that with
 * the channel off it answers 404 whatever is posted to it, rather than a method or media
 * type error. The outbound gateway exists when Twilio can send: auth token, account SID
 * and sender all set.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

	@Bean
	TwilioWebhook twilioWebhook(TwilioProperties twilio, ConversationService conversations, ChannelTexts texts,
			Clock clock) {
		if (!twilio.enabled()) {
			log.info("The SMS channel is off: TWILIO_AUTH_TOKEN is not set");
			return new TwilioWebhook(null, null, clock);
		}
		if (!StringUtils.hasText(twilio.publicBaseUrl())) {
			log.warn("PUBLIC_BASE_URL is not set: Twilio signatures are checked against the URL requests arrive at,"
					+ " which fails behind a proxy or tunnel");
		}
		SmsInbox inbox = new SmsInbox(conversations, texts);
		return new TwilioWebhook(new TwilioSignature(twilio.authToken(), twilio.publicBaseUrl()), inbox, clock);
	}

	@Bean
	TwilioStatusCallback twilioStatusCallback(TwilioProperties twilio, DeliveryReports reports, Clock clock) {
		return new TwilioStatusCallback(
				twilio.enabled() ? new TwilioSignature(twilio.authToken(), twilio.publicBaseUrl()) : null, reports,
				clock);
	}

	@Bean
	ProcessedMessagesPruner processedMessagesPruner(TwilioProperties twilio, DatabaseClient database,
			ConversationService conversations, Clock clock) {
		return new ProcessedMessagesPruner(new ProcessedMessages(database), conversations, twilio.processedRetention(),
				clock);
	}

	@Bean
	@Conditional(TwilioSendingConfigured.class)
	SmsOutboundGateway smsOutboundGateway(TwilioProperties twilio, Contacts contacts, Clock clock) {
		return SmsOutboundGateway.of(twilio, contacts, clock);
	}

	/**
	 * GET, PUT, ... on the webhook: 405 with {@code Allow: POST}, whether or not the
	 * channel is on.
	 */
	@Bean
	EndpointGuard twilioWebhookGuard() {
		return new EndpointGuard(TwilioWebhook.PATH, false);
	}

	@Bean
	EndpointGuard twilioStatusCallbackGuard() {
		return new EndpointGuard(TwilioStatusCallback.PATH, false);
	}

	@Bean
	RouterFunction<ServerResponse> twilioWebhookRoute(TwilioWebhook webhook, TwilioStatusCallback statusCallback) {
		return RouterFunctions.route(RequestPredicates.POST(TwilioWebhook.PATH), webhook::handle)
			.andRoute(RequestPredicates.POST(TwilioStatusCallback.PATH), statusCallback::handle);
	}

}
