package org.nurture.channel.sms;

import org.springframework.test.context.TestPropertySource;

/** The daily-tips sign-up by SMS on the embedded H2 database. */
@TestPropertySource(properties = { "spring.r2dbc.url=r2dbc:h2:mem:///tips-sign-up-tests;DB_CLOSE_DELAY=-1",
		"spring.flyway.url=jdbc:h2:mem:tips-sign-up-tests;DB_CLOSE_DELAY=-1" })
class TipsSignUpH2Tests extends TipsSignUpContract {

}
