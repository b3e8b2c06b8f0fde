package org.nurture.system;

import java.util.concurrent.atomic.AtomicBoolean;

import org.reactivestreams.Publisher;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A connection pool whose connections are handed over on another thread. The embedded database's driver works in the
 * calling thread, and the pool gives a freed connection to the next waiting caller in the thread that freed it; so,
 * while the pool had waiters, one thread would carry caller after caller from freed connection to freed connection,
 * and what else was queued on it (an event loop's own requests and answers) would wait until the load dropped,
 * seconds at a time. Handed over, a connection starts its work on the scheduler's thread, and the freeing thread goes
 * on with its own.
 */
final class HandOffConnectionFactory implements ConnectionFactory, Wrapped<ConnectionFactory>, Disposable {

	private final ConnectionFactory pool;

	private final Scheduler scheduler;

	HandOffConnectionFactory(ConnectionFactory pool, Scheduler scheduler) {
		this.pool = pool;
		this.scheduler = scheduler;
	}

	@Override
	public Publisher<? extends Connection> create() {
		return Mono.from(pool.create()).flatMap(this::handOver);
	}

	/** Emits the connection on the scheduler; a caller that cancels before then has it closed, never lost. */
	private Mono<Connection> handOver(Connection connection) {
		return Mono.create(sink -> {
			AtomicBoolean settled = new AtomicBoolean();
			sink.onCancel(() -> {
				if (settled.compareAndSet(false, true)) {
					Mono.from(connection.close()).subscribe();
				}
			});
			scheduler.schedule(() -> {
				if (settled.compareAndSet(false, true)) {
					sink.success(connection);
				}
			});
		});
	}

	@Override
	public ConnectionFactoryMetadata getMetadata() {
		return pool.getMetadata();
	}

	@Override
	public ConnectionFactory unwrap() {
		return pool;
	}

	@Override
	public void dispose() {
		if (pool instanceof Disposable disposable) {
			disposable.dispose();
		}
	}

	@Override
	public boolean isDisposed() {
		return pool instanceof Disposable disposable && disposable.isDisposed();
	}
}
