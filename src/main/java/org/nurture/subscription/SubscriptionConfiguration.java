package org.nurture.subscription;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TipsProperties.class)
class SubscriptionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionConfiguration.class);

	@Bean
	TipPicker tipPicker(TipCatalog catalog) {
		return new CatalogTipPicker(catalog);
	}

	@Bean
	TipOutbox tipOutbox(DatabaseClient database, ReactiveTransactionManager transactionManager, TipPicker picker) {
		boolean h2 = database.getConnectionFactory().getMetadata().getName().contains("H2");
		log.info("Daily tips on {}: due rows are {}", database.getConnectionFactory().getMetadata().getName(),
				h2 ? "found, then locked by id" : "locked as they are found (FOR UPDATE SKIP LOCKED)");
		return new TipOutbox(database, TransactionalOperator.create(transactionManager), new TipPlanner(picker), h2);
	}

	@Bean
	TipDispatcher tipDispatcher(TipOutbox outbox, DatabaseClient database,
			ReactiveTransactionManager transactionManager, TipPicker picker, TipSender sender,
			TipsProperties properties, Clock clock, MeterRegistry meters) {
		return new TipDispatcher(outbox, new SendPace(database, TransactionalOperator.create(transactionManager)),
				picker, sender, properties, clock, meters);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "nurture.tips.enabled", havingValue = "true", matchIfMissing = true)
	static class Scheduling {

		@Bean
		TipScheduler tipScheduler(TipDispatcher dispatcher) {
			return new TipScheduler(dispatcher);
		}

	}

}
