package org.nurture.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * The embedded database's pool hands the connections its waiters get over on another
 * thread, and loses none.
 */
class HandOffConnectionFactoryTests {

	private final ConnectionFactory pool = mock(ConnectionFactory.class);

	private final Connection connection = mock(Connection.class);

	private final List<Runnable> handOvers = new ArrayList<>();

	private final Scheduler manual = Schedulers.fromExecutor(handOvers::add);

	@Test
	void aCallerThatFindsAConnectionFreeGetsItOnItsOwnThread() {
		given(pool.create()).willAnswer(invocation -> Mono.just(connection));
		AtomicReference<Thread> thread = new AtomicReference<>();
		StepVerifier
			.create(Mono.<Connection>from(new HandOffConnectionFactory(pool, manual).create())
				.doOnNext(handed -> thread.set(Thread.currentThread())))
			.expectNext(connection)
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		assertThat(thread.get()).isSameAs(Thread.currentThread());
		assertThat(handOvers).isEmpty();
	}

	@Test
	void aCallerThatWaitedGetsItsConnectionOnTheSchedulersThread() {
		Sinks.One<Connection> freed = Sinks.one();
		given(pool.create()).willAnswer(invocation -> freed.asMono());
		AtomicReference<Connection> handed = new AtomicReference<>();
		Mono.from(new HandOffConnectionFactory(pool, manual).create()).subscribe(handed::set);
		freed.tryEmitValue(connection);
		assertThat(handed.get()).as("not in the freeing thread").isNull();
		handOvers.forEach(Runnable::run);
		assertThat(handed.get()).isSameAs(connection);
	}

	@Test
	void aConnectionItsCallerNoLongerWantsIsClosedNotLost() {
		Sinks.One<Connection> freed = Sinks.one();
		given(pool.create()).willAnswer(invocation -> freed.asMono());
		given(connection.close()).willAnswer(invocation -> Mono.empty());
		Disposable caller = Mono.from(new HandOffConnectionFactory(pool, manual).create()).subscribe();
		freed.tryEmitValue(connection);
		caller.dispose();
		verify(connection, never()).close();
		handOvers.forEach(Runnable::run);
		verify(connection).close();
	}

	@Test
	void disposingItDisposesThePool() {
		TestPool disposable = mock(TestPool.class);
		new HandOffConnectionFactory(disposable, Schedulers.immediate()).dispose();
		verify(disposable).dispose();
	}

	interface TestPool extends ConnectionFactory, Disposable {

	}

}
