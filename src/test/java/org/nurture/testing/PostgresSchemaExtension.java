package org.nurture.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * What {@link PostgresTest} does, for JUnit and for Spring: each test class gets a
 * {@link PostgresTestSchema} of its own, named when JUnit or Spring first asks for it.
 * <ul>
 * <li>Before the class's tests (JUnit), it checks that the server answers: without one,
 * the class is skipped, or fails when PostgreSQL is required
 * ({@link PostgresTestSchema#require()}).</li>
 * <li>When Spring builds the class's context, it adds the schema's properties ahead of
 * every other property source, as {@code @DynamicPropertySource} would. The schema's name
 * is part of the context's cache key, so each class gets a context (and a schema) of its
 * own, and the classes never share one whose schema another class has dropped.</li>
 * <li>After the class's tests (JUnit), it drops the schema.</li>
 * </ul>
 * A test that uses the schema without Spring gets it from {@link #schema(Class)}.
 */
public final class PostgresSchemaExtension implements BeforeAllCallback, AfterAllCallback, ContextCustomizerFactory {

	private static final Map<Class<?>, PostgresTestSchema> SCHEMAS = new ConcurrentHashMap<>();

	/**
	 * The schema of a test class annotated with {@link PostgresTest}, from its first use
	 * until it is dropped.
	 */
	public static PostgresTestSchema schema(Class<?> testClass) {
		PostgresTest postgres = TestContextAnnotationUtils.findMergedAnnotation(testClass, PostgresTest.class);
		if (postgres == null) {
			throw new IllegalArgumentException(testClass.getName() + " is not annotated with @PostgresTest");
		}
		return SCHEMAS.computeIfAbsent(testClass, ignored -> new PostgresTestSchema(postgres.value()));
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		schema(context.getRequiredTestClass()).require();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		PostgresTestSchema schema = SCHEMAS.remove(context.getRequiredTestClass());
		if (schema != null) {
			schema.drop();
		}
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (TestContextAnnotationUtils.findMergedAnnotation(testClass, PostgresTest.class) == null) {
			return null;
		}
		return new SchemaProperties(schema(testClass).springProperties());
	}

	/**
	 * Equal for equal properties, so the schema's name is part of the context cache's
	 * key.
	 */
	private record SchemaProperties(Map<String, Object> properties) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("PostgreSQL test schema", properties));
		}
	}

}
