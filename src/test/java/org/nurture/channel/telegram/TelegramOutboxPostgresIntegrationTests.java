package org.nurture.channel.telegram;

import org.nurture.testing.PostgresTest;

/**
 * The outbox of Telegram replies on PostgreSQL, as several instances share it. See
 * {@link PostgresTest} for the server it needs.
 */
@PostgresTest("nurture_telegram_outbox")
class TelegramOutboxPostgresIntegrationTests extends TelegramOutboxContract {

}
