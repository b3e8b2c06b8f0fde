package org.nurture.channel.sms;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Sending through Twilio needs the auth token, the account SID and a sender
 * ({@code TWILIO_FROM}).
 */
class TwilioSendingConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("nurture.twilio.auth-token"))
				&& StringUtils.hasText(context.getEnvironment().getProperty("nurture.twilio.account-sid"))
				&& StringUtils.hasText(context.getEnvironment().getProperty("nurture.twilio.from"));
	}

}
