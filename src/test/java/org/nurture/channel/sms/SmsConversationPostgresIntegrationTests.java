package org.nurture.channel.sms;

import org.nurture.testing.PostgresTest;

/**
 * SMS conversations on PostgreSQL, as several instances share it. See
 * {@link PostgresTest} for the server it needs.
 */
@PostgresTest("nurture_sms")
class SmsConversationPostgresIntegrationTests extends SmsConversationContract {

}
