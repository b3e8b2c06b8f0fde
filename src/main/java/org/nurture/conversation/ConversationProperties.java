package org.nurture.conversation;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * How conversations behave.
 *
 * @param sessionIdle after this long without a message, a conversation starts fresh (the
 * language is kept)
 * @param timeZone the zone in which "today" is read for baby ages and dates, until a
 * contact's own zone is known
 * @param sessionCacheSize how many active conversations to keep in memory in front of the
 * database
 */
@Validated
@ConfigurationProperties("nurture.conversation")
public record ConversationProperties(@NotNull Duration sessionIdle, @NotNull ZoneId timeZone,
		@Positive int sessionCacheSize) {
}
