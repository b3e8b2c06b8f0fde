package org.nurture.channel.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The Telegram channel is on when {@code TELEGRAM_BOT_TOKEN} is set. */
class TelegramConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty("nurture.telegram.bot-token"));
	}

	/** A token and no {@code PUBLIC_BASE_URL}: the bot polls for updates. */
	static class LongPolling extends TelegramConfigured {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return super.matches(context, metadata)
					&& !StringUtils.hasText(context.getEnvironment().getProperty("nurture.telegram.public-base-url"));
		}

	}

}
