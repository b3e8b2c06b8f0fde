package org.nurture.conversation;

import org.nurture.testing.PostgresTest;

/**
 * The persistence contract on PostgreSQL. See {@link PostgresTest} for the server it
 * needs.
 */
@PostgresTest("nurture_test")
class PostgresPersistenceTests extends ConversationPersistenceContract {

}
