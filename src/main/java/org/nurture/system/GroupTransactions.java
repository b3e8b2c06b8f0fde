package org.nurture.system;

import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.connection.ConnectionFactoryUtils;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;

/**
 * The transactions of a {@link GroupCommit}: a group's units in one, which commits only
 * if every unit succeeded in time; otherwise it is rolled back and each unit runs again
 * in one of its own, so that no unit pays for another's failure. A unit's result is
 * handed back ({@link HandBack}) once the transaction that decides it has ended.
 */
final class GroupTransactions {

	/**
	 * The {@link GroupCommit}'s log, where whoever looks into the database writes looks.
	 */
	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final TransactionalOperator transactions;

	private final ConnectionFactory connections;

	private final Watchdog watchdog;

	private final Counter rolledBack;

	/**
	 * @param meters where to count the groups rolled back
	 * ({@code nurture.database.group.rollbacks})
	 */
	GroupTransactions(TransactionalOperator transactions, ConnectionFactory connections, Watchdog watchdog,
			MeterRegistry meters) {
		this.transactions = transactions;
		this.connections = connections;
		this.watchdog = watchdog;
		this.rolledBack = Counter.builder("nurture.database.group.rollbacks")
			.description("Groups rolled back (a unit failed, or time ran out), their units then written one by one")
			.register(meters);
	}

	/** The group's units in one transaction, or a unit alone in its own. */
	Mono<Void> write(List<Pending<?>> group) {
		return group.size() == 1 ? alone(group.get(0)) : together(group);
	}

	/**
	 * The work on the current transaction's connection, looked up once for all of it.
	 * Called only inside a transaction, whose end gives the connection back (as
	 * {@code DatabaseClient} leaves it to the transaction too).
	 */
	<T> Mono<T> onConnection(Function<Connection, Mono<T>> work) {
		return ConnectionFactoryUtils.getConnection(connections).flatMap(work);
	}

	/**
	 * All units in one transaction; if any fails, the transaction is rolled back and each
	 * runs alone.
	 */
	private Mono<Void> together(List<Pending<?>> group) {
		Mono<List<Signal<Object>>> results = transactions
			.transactional(onConnection(connection -> Flux.fromIterable(group)
				.concatMap(pending -> pending.outcome(connection))
				.<Signal<Object>>handle((outcome, next) -> {
					if (outcome.isOnError()) {
						next.error(new UnitFailed(outcome.getThrowable()));
					}
					else {
						next.next(outcome);
					}
				})
				.collectList()).timeout(watchdog.overdue()));
		return results.flatMap(signals -> {
			HandBack.deliver(group, signals::get);
			return Mono.<Void>empty();
		}).onErrorResume(failure -> {
			rolledBack.increment();
			log.debug("A group of {} units was rolled back ({}); running each alone", group.size(), failure.toString());
			return Flux.fromIterable(group).concatMap(this::alone).then();
		});
	}

	private Mono<Void> alone(Pending<?> pending) {
		return transactions.transactional(onConnection(pending::start).timeout(watchdog.overdue()))
			.materialize()
			.doOnNext(signal -> HandBack.deliver(List.of(pending), index -> signal))
			.then();
	}

	/** Makes a unit's failure roll back its group's transaction. */
	private static final class UnitFailed extends RuntimeException {

		UnitFailed(Throwable cause) {
			super("A unit of the group failed", cause, false, false);
		}

	}

}
