package org.nurture.subscription;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How daily tips are planned and sent ({@code nurture.tips.*}).
 *
 * @param enabled whether this instance plans and sends tips at all
 * @param pollInterval how often it looks for due tips
 * @param planBatch how many due subscriptions one transaction plans
 * @param sendBatch the most waiting tips one claim takes (fewer with a slow sender: no
 * more than it sends in 30 seconds, well within {@code lease})
 * @param sendConcurrency how many sends are in flight at once
 * @param lease how long a claimed tip may stay "sending" before it is taken for lost (and
 * recorded as unknown)
 */
@ConfigurationProperties("nurture.tips")
public record TipsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration pollInterval,
		@DefaultValue("500") int planBatch, @DefaultValue("200") int sendBatch, @DefaultValue("8") int sendConcurrency,
		@DefaultValue("5m") Duration lease) {
}
