package org.nurture.channel.sms;

import org.springframework.test.context.TestPropertySource;

/** SMS conversations on the embedded H2 database, the default for a single instance. */
@TestPropertySource(properties = { "spring.r2dbc.url=r2dbc:h2:mem:///sms-conversation-tests;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:sms-conversation-tests;DB_CLOSE_DELAY=-1" })
class SmsConversationH2IntegrationTests extends SmsConversationContract {

}
