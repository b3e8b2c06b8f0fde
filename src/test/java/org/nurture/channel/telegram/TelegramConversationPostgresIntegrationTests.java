package org.nurture.channel.telegram;

import org.nurture.testing.PostgresTest;

/**
 * Telegram conversations on PostgreSQL, as several instances share it. See
 * {@link PostgresTest} for the server it needs.
 */
@PostgresTest("nurture_telegram")
class TelegramConversationPostgresIntegrationTests extends TelegramConversationContract {

}
