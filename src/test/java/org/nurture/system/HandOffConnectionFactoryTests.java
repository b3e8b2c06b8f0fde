package org.nurture.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The embedded database's pool hands connections over on another thread, and loses none on the way. */
class HandOffConnectionFactoryTests {

	private final ConnectionFactory pool = mock(ConnectionFactory.class);

	private final Connection connection = mock(Connection.class);

	@Test
	void theConnectionIsHandedOverOnTheSchedulersThread() {
		Scheduler scheduler = Schedulers.newSingle("hand-off-test");
		try {
			given(pool.create()).willAnswer(invocation -> Mono.just(connection));
			AtomicReference<String> thread = new AtomicReference<>();
			StepVerifier.create(Mono.<Connection>from(new HandOffConnectionFactory(pool, scheduler).create())
				.doOnNext(handed -> thread.set(Thread.currentThread().getName())))
				.expectNext(connection)
				.expectComplete()
				.verify(Duration.ofSeconds(10));
			assertThat(thread.get()).startsWith("hand-off-test");
		}
		finally {
			scheduler.dispose();
		}
	}

	@Test
	void aConnectionItsCallerNoLongerWantsIsClosedNotLost() {
		given(pool.create()).willAnswer(invocation -> Mono.just(connection));
		given(connection.close()).willAnswer(invocation -> Mono.empty());
		Scheduler never = Schedulers.fromExecutor(task -> {
		});
		Disposable caller = Mono.from(new HandOffConnectionFactory(pool, never).create()).subscribe();
		caller.dispose();
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
