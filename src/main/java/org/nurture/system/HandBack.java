package org.nurture.system;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntFunction;

import reactor.core.publisher.Signal;

/**
 * Hands the results of a group's units back to the threads the units came from (their
 * event loops, say), so that what follows a result (an HTTP response written) runs where
 * it belongs. The results going to the same thread go in one hand-over, which then serves
 * them all.
 */
final class HandBack {

	private HandBack() {
	}

	/**
	 * Delivers each unit's result at its home, those with the same home in one hand-over;
	 * a unit without one, or whose home has shut down, gets its result on the calling
	 * thread.
	 * @param results each unit's result, by its index in the group
	 */
	static void deliver(List<Pending<?>> group, IntFunction<Signal<Object>> results) {
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

}
