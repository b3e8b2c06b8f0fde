package org.nurture.system;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.util.internal.ThreadExecutorMap;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.scheduler.Schedulers;

/**
 * How the service writes what messages change: grouped into shared transactions, one
 * group at a time, each unit's result handed back to the event loop it came from (Netty
 * keeps each of its threads' executor in {@link ThreadExecutorMap}; it is null on other
 * threads, whose units' results arrive on the writer's thread).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseWritesConfiguration {

	/**
	 * Far longer than any message's writes take; only a stuck connection or statement
	 * reaches it.
	 */
	static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Bean
	GroupCommit groupCommit(ReactiveTransactionManager transactionManager, ConnectionFactory connections,
			MeterRegistry meters) {
		return new GroupCommit(TransactionalOperator.create(transactionManager), connections,
				Schedulers.newSingle("database-writer", true), TIMEOUT, ThreadExecutorMap::currentExecutor, meters);
	}

}
