package org.nurture.system;

import java.util.concurrent.atomic.AtomicBoolean;

import org.reactivestreams.Publisher;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

/**
 * A connection pool whose waiters get their connections on another thread. The embedded
 * database's driver works in the calling thread, and the pool gives a freed connection to
 * the next waiting caller in the thread that freed it; so, while the pool had waiters,
 * one thread would carry caller after caller from freed connection to freed connection,
 * and what else was queued on it (an event loop's own requests and answers) would wait
 * until the load dropped, seconds at a time. A caller that waited for its connection
 * starts its work on the scheduler's thread, and the freeing thread goes on with its own;
 * a caller that found a connection free keeps it on its own thread, as before, at no
 * cost. The scheduler should have few threads, about one a core: the driver's work is all
 * CPU, and more threads running it at once only contend inside the database.
 */
final class HandOffConnectionFactory implements ConnectionFactory, Wrapped<ConnectionFactory>, Disposable {

	private final ConnectionFactory pool;

	private final Scheduler scheduler;

	HandOffConnectionFactory(ConnectionFactory pool, Scheduler scheduler) {
		this.pool = pool;
		this.scheduler = scheduler;
	}

	/**
	 * Emits the connection; one the caller no longer wants by then is closed (given
	 * back), never lost.
	 */
	@Override
	public Publisher<? extends Connection> create() {
		return Mono.create(sink -> {
			Thread caller = Thread.currentThread();
			AtomicBoolean waiting = new AtomicBoolean();
			AtomicBoolean settled = new AtomicBoolean();
			Disposable acquisition = Mono.from(pool.create()).subscribe(connection -> {
				if (!waiting.get() && Thread.currentThread() == caller) {
					deliver(connection, settled, sink);
				}
				else {
					scheduler.schedule(() -> deliver(connection, settled, sink));
				}
			}, sink::error);
			waiting.set(true);
			sink.onCancel(() -> {
				if (settled.compareAndSet(false, true)) {
					acquisition.dispose();
				}
			});
		});
	}

	private static void deliver(Connection connection, AtomicBoolean settled, MonoSink<Connection> sink) {
		if (settled.compareAndSet(false, true)) {
			sink.success(connection);
		}
		else {
			Mono.from(connection.close()).subscribe();
		}
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
		scheduler.dispose();
	}

	@Override
	public boolean isDisposed() {
		return pool instanceof Disposable disposable && disposable.isDisposed();
	}

}
