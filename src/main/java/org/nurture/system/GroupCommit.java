package org.nurture.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;
import reactor.core.scheduler.Scheduler;

/**
 * Commits many small units of database work together: what one message changes (its
 * conversation, the provider's message id) is a unit that must commit whole or not at
 * all, and the units that arrive while a transaction is running go into the next one. A
 * transaction, a connection and a commit per message cost more than the message's own
 * statements; shared, they cost little, and one writer at a time means the writes never
 * contend with each other.
 *
 * <p>
 * A unit is given the transaction's connection, to run its statements on directly; what
 * it runs through {@link org.springframework.r2dbc.core.DatabaseClient} joins the same
 * transaction.
 *
 * <p>
 * A unit never pays for another's failure. A group commits only if every unit in it
 * succeeded; otherwise it is rolled back and each of its units runs again in a
 * transaction of its own, so each gets exactly the outcome it would have had alone. A
 * unit may therefore run twice (its first run rolled back), and must make a cold
 * {@link Mono} whose only lasting effects are its writes: whatever else must happen once
 * (a cache filled, a message sent, a metric counted) happens when its result arrives,
 * which is after the commit.
 *
 * <p>
 * A unit subscribed within a transaction of the caller's joins that transaction instead,
 * as Spring's REQUIRED propagation would.
 */
public final class GroupCommit implements Disposable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	/** At most this many units to a transaction, so that one transaction stays short. */
	static final int MAX_UNITS = 128;

	private final Scheduler writer;

	private final Supplier<Executor> homes;

	private final Queue<Pending<?>> queue = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean writing = new AtomicBoolean();

	private final DistributionSummary units;

	private final Watchdog watchdog;

	private final GroupTransactions transactions;

	/**
	 * @param transactions how a transaction is begun and ended, on {@code connections}
	 * @param connections where the transactions' connections come from
	 * @param writer the thread transactions start on: one, so that there is one group at
	 * a time (with the embedded database, whose driver works in the calling thread, the
	 * statements run on it too)
	 * @param timeout how long a transaction may take before it is given up (rolled back,
	 * and its units failed or run alone), so that one stuck statement cannot hold up
	 * every message's writes; a watchdog checks every tenth of it, at most every second
	 * @param homes the executor of the thread that sends a unit (its event loop, say;
	 * null: none), asked when the unit arrives: the unit's result is delivered there,
	 * together with the results of the other units of its group that came from the same
	 * thread, so that what follows (an HTTP response written) runs where it belongs and
	 * one hand-over serves them all. Without one, a result is delivered on the writer's
	 * thread.
	 * @param meters where to count the units per transaction
	 * ({@code nurture.database.group.units}) and the groups rolled back because a unit
	 * failed or time ran out ({@code nurture.database.group.rollbacks})
	 */
	public GroupCommit(TransactionalOperator transactions, ConnectionFactory connections, Scheduler writer,
			Duration timeout, Supplier<Executor> homes, MeterRegistry meters) {
		this.writer = writer;
		this.homes = homes;
		this.units = DistributionSummary.builder("nurture.database.group.units")
			.description("Units of writes (one message's, say) committed in one transaction")
			.register(meters);
		this.watchdog = new Watchdog(timeout);
		this.transactions = new GroupTransactions(transactions, connections, watchdog, meters);
	}

	/**
	 * Runs the unit in the caller's transaction, or else in a group; emits the unit's
	 * result once committed.
	 * @param unit makes the unit's writes on the transaction's connection
	 */
	public <T> Mono<T> run(Function<Connection, Mono<T>> unit) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.map(TransactionSynchronizationManager::isActualTransactionActive)
			.onErrorResume(NoTransactionException.class, none -> Mono.just(false))
			.flatMap(inTransaction -> inTransaction ? transactions.onConnection(unit) : grouped(unit));
	}

	private <T> Mono<T> grouped(Function<Connection, Mono<T>> unit) {
		return Mono.create(sink -> {
			queue.offer(new Pending<>(unit, sink, homes.get()));
			writeIfIdle();
		});
	}

	/**
	 * Starts a group with what is queued, unless one is being written: its end starts the
	 * next.
	 */
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
		Mono.defer(() -> transactions.write(group)).onErrorResume(unexpected -> {
			log.error("A group of database writes failed unexpectedly", unexpected);
			HandBack.deliver(group, index -> Signal.error(unexpected));
			return Mono.empty();
		}).doFinally(signal -> {
			writing.set(false);
			writeIfIdle();
		}).subscribe();
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

}
