package org.nurture.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.connection.ConnectionFactoryUtils;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Signal;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Commits many small units of database work together: what one message changes (its conversation, the provider's
 * message id) is a unit that must commit whole or not at all, and the units that arrive while a transaction is running
 * go into the next one. A transaction, a connection and a commit per message cost more than the message's own
 * statements; shared, they cost little, and one writer at a time means the writes never contend with each other.
 *
 * <p>A unit is given the transaction's connection, to run its statements on directly; what it runs through
 * {@link org.springframework.r2dbc.core.DatabaseClient} joins the same transaction.
 *
 * <p>A unit never pays for another's failure. A group commits only if every unit in it succeeded; otherwise it is
 * rolled back and each of its units runs again in a transaction of its own, so each gets exactly the outcome it would
 * have had alone. A unit may therefore run twice (its first run rolled back), and must make a cold {@link Mono} whose
 * only lasting effects are its writes: whatever else must happen once (a cache filled, a message sent, a metric
 * counted) happens when its result arrives, which is after the commit.
 *
 * <p>A unit subscribed within a transaction of the caller's joins that transaction instead, as Spring's REQUIRED
 * propagation would.
 */
public final class GroupCommit implements Disposable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	/** At most this many units to a transaction, so that one transaction stays short. */
	static final int MAX_UNITS = 128;

	/** How often the watchdog looks for an overdue transaction, at most (a tenth of the timeout when that is less). */
	private static final Duration WATCHDOG_PERIOD = Duration.ofSeconds(1);

	private final TransactionalOperator transactions;

	private final ConnectionFactory connections;

	private final Scheduler writer;

	private final Duration timeout;

	private final Supplier<Executor> homes;

	private final Queue<Pending<?>> queue = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean writing = new AtomicBoolean();

	private final DistributionSummary units;

	private final Counter rolledBack;

	/** When the transaction being written is given up; the watchdog checks, rather than a timer set for each. */
	private final AtomicReference<Deadline> deadline = new AtomicReference<>();

	private final Disposable watchdog;

	/**
	 * @param transactions how a transaction is begun and ended, on {@code connections}
	 * @param connections where the transactions' connections come from
	 * @param writer the thread transactions start on: one, so that there is one group at a time (with the embedded
	 *     database, whose driver works in the calling thread, the statements run on it too)
	 * @param timeout how long a transaction may take before it is given up (rolled back, and its units failed or run
	 *     alone), so that one stuck statement cannot hold up every message's writes; a watchdog checks every tenth
	 *     of it, at most every second
	 * @param homes the executor of the thread that sends a unit (its event loop, say; null: none), asked when the unit
	 *     arrives: the unit's result is delivered there, together with the results of the other units of its group
	 *     that came from the same thread, so that what follows (an HTTP response written) runs where it belongs and
	 *     one hand-over serves them all. Without one, a result is delivered on the writer's thread.
	 * @param meters where to count the units per transaction ({@code nurture.database.group.units}) and the groups
	 *     rolled back because a unit failed or time ran out ({@code nurture.database.group.rollbacks})
	 */
	public GroupCommit(TransactionalOperator transactions, ConnectionFactory connections, Scheduler writer,
			Duration timeout, Supplier<Executor> homes, MeterRegistry meters) {
		this.transactions = transactions;
		this.connections = connections;
		this.writer = writer;
		this.timeout = timeout;
		this.homes = homes;
		this.units = DistributionSummary.builder("nurture.database.group.units")
			.description("Units of writes (one message's, say) committed in one transaction")
			.register(meters);
		this.rolledBack = Counter.builder("nurture.database.group.rollbacks")
			.description("Groups rolled back (a unit failed, or time ran out), their units then written one by one")
			.register(meters);
		long every = Math.max(1, Math.min(WATCHDOG_PERIOD.toMillis(), timeout.toMillis() / 10));
		this.watchdog = Schedulers.parallel().schedulePeriodically(this::giveUpOverdue, every, every,
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Runs the unit in the caller's transaction, or else in a group; emits the unit's result once committed.
	 *
	 * @param unit makes the unit's writes on the transaction's connection
	 */
	public <T> Mono<T> run(Function<Connection, Mono<T>> unit) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.map(TransactionSynchronizationManager::isActualTransactionActive)
			.onErrorResume(NoTransactionException.class, none -> Mono.just(false))
			.flatMap(inTransaction -> inTransaction ? onConnection(unit) : grouped(unit));
	}

	/**
	 * The work on the current transaction's connection, looked up once for all of it. Called only inside a
	 * transaction, whose end gives the connection back (as {@code DatabaseClient} leaves it to the transaction too).
	 */
	private <T> Mono<T> onConnection(Function<Connection, Mono<T>> work) {
		return ConnectionFactoryUtils.getConnection(connections).flatMap(work);
	}

	private <T> Mono<T> grouped(Function<Connection, Mono<T>> unit) {
		return Mono.create(sink -> {
			queue.offer(new Pending<>(unit, sink, homes.get()));
			writeIfIdle();
		});
	}

	/** Starts a group with what is queued, unless one is being written: its end starts the next. */
	private void writeIfIdle() {
		if (!queue.isEmpty() && writing.compareAndSet(false, true)) {
			writer.schedule(this::writeGroup);
		}
	}

	private void writeGroup() {
		List<Pending<?>> group = new ArrayList<>();
		for (Pending<?> next; group.size() < MAX_UNITS && (next = queue.poll()) != null;) {
			group.add(next);
		}
		units.record(group.size());
		Mono.defer(() -> group.size() == 1 ? alone(group.get(0)) : together(group))
			.onErrorResume(unexpected -> {
				log.error("A group of database writes failed unexpectedly", unexpected);
				deliver(group, index -> Signal.error(unexpected));
				return Mono.empty();
			})
			.doFinally(signal -> {
				writing.set(false);
				writeIfIdle();
			})
			.subscribe();
	}

	/** All units in one transaction; if any fails, the transaction is rolled back and each runs alone. */
	private Mono<Void> together(List<Pending<?>> group) {
		Mono<List<Signal<Object>>> results = transactions.transactional(onConnection(connection -> Flux
			.fromIterable(group)
			.concatMap(pending -> pending.outcome(connection))
			.<Signal<Object>>handle((outcome, next) -> {
				if (outcome.isOnError()) {
					next.error(new UnitFailed(outcome.getThrowable()));
				}
				else {
					next.next(outcome);
				}
			})
			.collectList())
			.timeout(overdue()));
		return results.flatMap(signals -> {
			deliver(group, signals::get);
			return Mono.<Void>empty();
		}).onErrorResume(failure -> {
			rolledBack.increment();
			log.debug("A group of {} units was rolled back ({}); running each alone", group.size(), failure.toString());
			return Flux.fromIterable(group).concatMap(this::alone).then();
		});
	}

	private Mono<Void> alone(Pending<?> pending) {
		return transactions.transactional(onConnection(pending::start).timeout(overdue()))
			.materialize()
			.doOnNext(signal -> deliver(List.of(pending), index -> signal))
			.then();
	}

	/** Delivers each unit's result at its home, those with the same home in one hand-over. */
	private static void deliver(List<Pending<?>> group, IntFunction<Signal<Object>> results) {
		Map<Executor, List<Runnable>> byHome = new IdentityHashMap<>();
		for (int i = 0; i < group.size(); i++) {
			Pending<?> pending = group.get(i);
			Signal<Object> result = results.apply(i);
			Runnable delivery = () -> pending.deliver(result);
			if (pending.home() == null) {
				delivery.run();
			}
			else {
				byHome.computeIfAbsent(pending.home(), home -> new ArrayList<>()).add(delivery);
			}
		}
		byHome.forEach((home, deliveries) -> {
			Runnable all = () -> deliveries.forEach(Runnable::run);
			try {
				home.execute(all);
			}
			catch (RejectedExecutionException shutDown) {
				all.run();
			}
		});
	}

	/**
	 * Emits once the transaction it is subscribed for has run longer than the timeout, as the watchdog finds. A timer
	 * of its own for each transaction would cost a hand-over to the timer thread and a wake-up of it every time.
	 */
	private Mono<Boolean> overdue() {
		return Mono.defer(() -> {
			Deadline next = new Deadline(System.nanoTime() + timeout.toNanos(), Sinks.one());
			deadline.set(next);
			return next.passed().asMono();
		});
	}

	/** The watchdog's check. A deadline whose transaction has ended meanwhile fires into nothing. */
	private void giveUpOverdue() {
		Deadline current = deadline.get();
		if (current != null && System.nanoTime() - current.at() >= 0 && deadline.compareAndSet(current, null)) {
			current.passed().tryEmitValue(Boolean.TRUE);
		}
	}

	@Override
	public void dispose() {
		watchdog.dispose();
		writer.dispose();
	}

	@Override
	public boolean isDisposed() {
		return writer.isDisposed();
	}

	/** A unit waiting to be written, and whom to tell how it went. */
	private record Pending<T>(Function<Connection, Mono<T>> unit, MonoSink<T> sink, Executor home) {

		/** The unit's writes on the connection; a unit that fails to make them fails. */
		@SuppressWarnings("unchecked")
		Mono<Object> start(Connection connection) {
			try {
				return (Mono<Object>) unit.apply(connection);
			}
			catch (RuntimeException failed) {
				return Mono.error(failed);
			}
		}

		/** The unit's result, value or none, or its failure, as a value: one operator on the unit, where it runs. */
		Mono<Signal<Object>> outcome(Connection connection) {
			return start(connection).materialize();
		}

		@SuppressWarnings("unchecked")
		void deliver(Signal<Object> signal) {
			if (signal.isOnError()) {
				sink.error(signal.getThrowable());
			}
			else if (signal.isOnNext()) {
				sink.success((T) signal.get());
			}
			else {
				sink.success();
			}
		}
	}

	/** When a transaction is given up ({@link System#nanoTime()}), and what tells it so. */
	private record Deadline(long at, Sinks.One<Boolean> passed) {
	}

	/** Makes a unit's failure roll back its group's transaction. */
	private static final class UnitFailed extends RuntimeException {

		UnitFailed(Throwable cause) {
			super("A unit of the group failed", cause, false, false);
		}
	}
}
