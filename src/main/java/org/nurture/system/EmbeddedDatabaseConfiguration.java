package org.nurture.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.r2dbc.pool.ConnectionPool;
import reactor.core.scheduler.Schedulers;

/**
 * The embedded database's connection pool hands its connections over on {@code boundedElastic} threads (see
 * {@link HandOffConnectionFactory}), so its driver, which blocks the caller while it works, never runs on an event loop.
 * PostgreSQL's driver is non-blocking and keeps the pool as it is.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

	static final String H2 = "H2";

	@Bean
	static BeanPostProcessor embeddedConnectionHandOff() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ConnectionPool pool && H2.equals(pool.getMetadata().getName())) {
					return new HandOffConnectionFactory(pool, Schedulers.boundedElastic());
				}
				return bean;
			}
		};
	}
}
