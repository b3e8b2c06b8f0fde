package org.nurture.channel.sms;

import org.nurture.testing.PostgresTest;

/**
 * The daily-tips sign-up by SMS on PostgreSQL. See {@link PostgresTest} for the server it
 * needs.
 */
@PostgresTest("nurture_tips_sign_up")
class TipsSignUpPostgresTests extends TipsSignUpContract {

}
