package org.nurture.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.scheduler.Schedulers;

/** How the service writes what messages change: grouped into shared transactions, one group at a time. */
@Configuration(proxyBeanMethods = false)
class DatabaseWritesConfiguration {

	@Bean
	GroupCommit groupCommit(ReactiveTransactionManager transactionManager) {
		return new GroupCommit(TransactionalOperator.create(transactionManager),
				Schedulers.newSingle("database-writer", true));
	}
}
