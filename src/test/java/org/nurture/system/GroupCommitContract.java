package org.nurture.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransaction;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * Units of writes share transactions, yet each commits whole or not at all, whatever the
 * others do; on each database the service supports, since a failed statement leaves the
 * transaction usable on one (H2) and not on the other (PostgreSQL).
 */
abstract class GroupCommitContract {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ConnectionFactory connections = connections();

	private final DatabaseClient database = DatabaseClient.create(connections);

	private final CountingTransactions transactions = new CountingTransactions(
			new R2dbcTransactionManager(connections));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final GroupCommit writes = new GroupCommit(TransactionalOperator.create(transactions), connections,
			Schedulers.newSingle("test-writer"), Duration.ofSeconds(2), () -> null, meters);

	private final CountDownLatch writing = new CountDownLatch(1);

	abstract ConnectionFactory connections();

	@BeforeEach
	void createTable() {
		database.sql("CREATE TABLE item (id INT PRIMARY KEY)").then().block(WAIT);
	}

	@AfterEach
	void dropTable() {
		database.sql("DROP TABLE item").then().block(WAIT);
		writes.dispose();
	}

	@Test
	void unitsThatArriveWhileAGroupIsWrittenShareTheNextTransaction() throws InterruptedException {
		Mono<Integer> first = writes.run(connection -> slowUnit(0)).cache();
		first.subscribe();
		awaitWriting();
		List<Integer> written = Flux.range(1, 50)
			.flatMap(id -> writes.run(connection -> insert(connection, id).thenReturn(id)), 50)
			.collectList()
			.block(WAIT);
		assertThat(first.block(WAIT)).isZero();
		assertThat(written).hasSize(50);
		assertThat(ids()).hasSize(51);
		assertThat(transactions.begun.get()).as("the slow unit's transaction, then the others' together").isEqualTo(2);
		assertThat(meters.get("nurture.database.group.units").summary().count()).isEqualTo(2);
		assertThat(meters.get("nurture.database.group.units").summary().max()).isEqualTo(50);
		assertThat(meters.get("nurture.database.group.rollbacks").counter().count()).isZero();
	}

	@Test
	void eachResultGoesBackToTheThreadItsUnitCameFromOneHandOverPerGroup() throws InterruptedException {
		ExecutorService loop = Executors.newSingleThreadExecutor(task -> new Thread(task, "home-loop"));
		AtomicInteger handOvers = new AtomicInteger();
		Executor home = task -> {
			handOvers.incrementAndGet();
			loop.execute(task);
		};
		GroupCommit homed = new GroupCommit(TransactionalOperator.create(transactions), connections,
				Schedulers.newSingle("homed-writer"), Duration.ofSeconds(2), () -> home, meters);
		try {
			homed.run(connection -> slowUnit(0)).subscribe();
			awaitWriting();
			List<String> threads = Flux.range(1, 20)
				.flatMap(id -> homed.run(connection -> insert(connection, id).thenReturn(id))
					.map(written -> Thread.currentThread().getName()), 20)
				.collectList()
				.block(WAIT);
			assertThat(threads).hasSize(20).containsOnly("home-loop");
			assertThat(handOvers.get()).as("the slow unit's result, then the group's 20 in one").isEqualTo(2);
		}
		finally {
			homed.dispose();
			loop.shutdown();
		}
	}

	@Test
	void aFailedUnitFailsAloneAndLeavesNothingOfItsOwnWhileTheOthersCommit() throws InterruptedException {
		insert(7).block(WAIT);
		writes.run(connection -> slowUnit(0)).subscribe();
		awaitWriting();
		Mono<Integer> firstGood = writes.run(connection -> insert(connection, 1).thenReturn(1));
		Mono<Integer> duplicate = writes.run(connection -> insert(connection, 2).then(insert(7)).thenReturn(2));
		Mono<Integer> secondGood = writes.run(connection -> insert(3).thenReturn(3));
		StepVerifier
			.create(Flux.merge(firstGood,
					duplicate.onErrorResume(DataIntegrityViolationException.class, failed -> Mono.just(-1)), secondGood)
				.collectList())
			.assertNext(results -> assertThat(results).containsExactlyInAnyOrder(1, -1, 3))
			.expectComplete()
			.verify(WAIT);
		assertThat(ids()).as("nothing of the failed unit, not even its first insert")
			.containsExactlyInAnyOrder(0, 1, 3, 7);
		assertThat(meters.get("nurture.database.group.rollbacks").counter().count()).isEqualTo(1);
	}

	@Test
	void aUnitThatCannotEvenStartFailsAloneWhileTheOthersCommit() throws InterruptedException {
		writes.run(connection -> slowUnit(0)).subscribe();
		awaitWriting();
		Mono<Integer> good = writes.run(connection -> insert(connection, 1).thenReturn(1));
		Mono<Integer> broken = writes.run(connection -> {
			throw new IllegalStateException("no statement to make");
		});
		StepVerifier
			.create(Flux.merge(good, broken.onErrorResume(IllegalStateException.class, failed -> Mono.just(-1)))
				.collectList())
			.assertNext(results -> assertThat(results).containsExactlyInAnyOrder(1, -1))
			.expectComplete()
			.verify(WAIT);
		assertThat(ids()).containsExactlyInAnyOrder(0, 1);
	}

	@Test
	void aUnitThatEmitsNothingCompletesOnceWritten() {
		StepVerifier.create(writes.run(connection -> insert(connection, 5).then())).expectComplete().verify(WAIT);
		assertThat(ids()).containsExactly(5);
	}

	@Test
	void aUnitInTheCallersTransactionJoinsItAndGoesWithItsRollback() {
		TransactionalOperator caller = TransactionalOperator.create(transactions);
		Mono<Void> callerWork = writes.run(connection -> insert(connection, 1).then()).then(insert(1).then());
		StepVerifier.create(caller.transactional(callerWork))
			.expectError(DataIntegrityViolationException.class)
			.verify(WAIT);
		assertThat(ids()).as("the unit was rolled back with the caller's transaction").isEmpty();
		assertThat(transactions.begun.get()).isEqualTo(1);
	}

	@Test
	void aUnitThatNeverFinishesTimesOutAndTheWritesGoOn() {
		StepVerifier.create(writes.run(connection -> insert(connection, 1).then(Mono.never())))
			.expectError(TimeoutException.class)
			.verify(WAIT);
		StepVerifier.create(writes.run(connection -> insert(2).thenReturn(2)))
			.expectNext(2)
			.expectComplete()
			.verify(WAIT);
		assertThat(ids()).as("the stuck unit's insert was rolled back").containsExactly(2);
	}

	/**
	 * A unit that holds the writer for a while, so that the units sent meanwhile queue up
	 * behind it.
	 */
	private Mono<Integer> slowUnit(int id) {
		return Mono.defer(() -> {
			writing.countDown();
			return Mono.delay(Duration.ofMillis(500)).then(insert(id)).thenReturn(id);
		});
	}

	private void awaitWriting() throws InterruptedException {
		assertThat(writing.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the slow unit is being written").isTrue();
	}

	private Mono<Long> insert(int id) {
		return database.sql("INSERT INTO item (id) VALUES (:id)").bind("id", id).fetch().rowsUpdated();
	}

	/**
	 * The insert on the connection a unit is given: it belongs to the unit's transaction
	 * too.
	 */
	private static Mono<Long> insert(Connection connection, int id) {
		return Mono.from(connection.createStatement("INSERT INTO item (id) VALUES ($1)").bind(0, id).execute())
			.flatMap(result -> Mono.from(result.getRowsUpdated()));
	}

	private List<Integer> ids() {
		return database.sql("SELECT id FROM item")
			.map(row -> row.get("id", Integer.class))
			.all()
			.collectList()
			.block(WAIT);
	}

	/** Counts the transactions begun. */
	private static final class CountingTransactions implements ReactiveTransactionManager {

		final AtomicInteger begun = new AtomicInteger();

		private final ReactiveTransactionManager delegate;

		CountingTransactions(ReactiveTransactionManager delegate) {
			this.delegate = delegate;
		}

		@Override
		public Mono<ReactiveTransaction> getReactiveTransaction(TransactionDefinition definition) {
			return delegate.getReactiveTransaction(definition).doOnNext(transaction -> {
				if (transaction.isNewTransaction()) {
					begun.incrementAndGet();
				}
			});
		}

		@Override
		public Mono<Void> commit(ReactiveTransaction transaction) {
			return delegate.commit(transaction);
		}

		@Override
		public Mono<Void> rollback(ReactiveTransaction transaction) {
			return delegate.rollback(transaction);
		}

	}

}
