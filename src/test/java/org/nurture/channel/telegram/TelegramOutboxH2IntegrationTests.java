package org.nurture.channel.telegram;

/** The outbox of Telegram replies on the embedded H2 database. */
class TelegramOutboxH2IntegrationTests extends TelegramOutboxContract {

}
