package org.nurture.channel.telegram;

/**
 * Telegram conversations on the embedded H2 database, the default for a single instance.
 */
class TelegramConversationH2IntegrationTests extends TelegramConversationContract {

}
