package org.nurture.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs the test class on a schema of its own on the test PostgreSQL server
 * ({@link PostgresTestSchema} says where it is), dropped afterwards. Without a server the
 * class is skipped, or fails when {@code -Dnurture.postgres-tests.required=true} (as in
 * CI). A Spring test's service (R2DBC) and migrations (Flyway) are pointed at the schema;
 * see {@link PostgresSchemaExtension}.
 *
 * <pre>
 * &#64;PostgresTest("nurture_sms")
 * class SmsConversationPostgresIntegrationTests extends SmsConversationContract {
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresSchemaExtension.class)
@ContextCustomizerFactories(PostgresSchemaExtension.class)
public @interface PostgresTest {

	/**
	 * The start of the schema's name (a random suffix follows), so that a schema left
	 * behind says whose it was.
	 */
	String value() default "nurture_test";

}
