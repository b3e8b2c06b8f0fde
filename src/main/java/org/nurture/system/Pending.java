package org.nurture.system;

import java.util.concurrent.Executor;
import java.util.function.Function;

import io.r2dbc.spi.Connection;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Signal;

/**
 * A unit of writes waiting to be written by the {@link GroupCommit}, and whom to tell how
 * it went.
 *
 * @param unit makes the unit's writes on the transaction's connection
 * @param sink where the unit's caller waits for its result
 * @param home the executor of the thread that sent the unit, where its result is
 * delivered ({@link HandBack}); null: none, the result is delivered on the writer's
 * thread
 */
record Pending<T>(Function<Connection, Mono<T>> unit, MonoSink<T> sink, Executor home) {

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

	/**
	 * The unit's result, value or none, or its failure, as a value: one operator on the
	 * unit, where it runs.
	 */
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
