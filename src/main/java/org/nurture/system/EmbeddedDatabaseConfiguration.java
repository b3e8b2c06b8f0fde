package org.nurture.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.r2dbc.pool.ConnectionPool;
import reactor.core.scheduler.Schedulers;

/**
 * The embedded database's connection pool hands the connections its waiters get over on
 * threads of their own, one a core (see {@link HandOffConnectionFactory}), so its driver,
 * which works in the caller's thread, never carries one waiter after another on an event
 * loop. PostgreSQL's driver is non-blocking and keeps the pool as it is.
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
					return new HandOffConnectionFactory(pool,
							Schedulers.newBoundedElastic(Runtime.getRuntime().availableProcessors(), Integer.MAX_VALUE,
									"embedded-database", 60, true));
				}
				return bean;
			}
		};
	}

}
