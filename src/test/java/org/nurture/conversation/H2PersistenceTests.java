package org.nurture.conversation;

import org.springframework.test.context.TestPropertySource;

/**
 * The persistence contract on the embedded H2 database, the default for a single
 * instance.
 */
@TestPropertySource(properties = { "spring.r2dbc.url=r2dbc:h2:mem:///persistence-tests;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:persistence-tests;DB_CLOSE_DELAY=-1" })
class H2PersistenceTests extends ConversationPersistenceContract {

}
