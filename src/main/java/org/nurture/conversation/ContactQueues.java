package org.nurture.conversation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.nurture.contact.Channel;
import reactor.core.publisher.Mono;

/**
 * One message at a time per contact on this instance: a parent's quick second text waits
 * for the first to be answered, then is decided on the conversation the first left. Each
 * message waits for the one before it only (a chain per contact, gone when the last
 * message is done), and never for other contacts'.
 *
 * <p>
 * This is what spares a busy contact needless conflicts; it is not what keeps the
 * conversation right. The database does that: a session is saved only over the version it
 * was read at, so a message from the same contact handled meanwhile on another instance
 * makes the save fail, and the message is decided again on what was saved.
 */
final class ContactQueues {

	private final ConcurrentHashMap<Key, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

	/** The work, once the contact's messages before it are done. */
	<T> Mono<T> inTurn(Channel channel, String address, Supplier<Mono<T>> work) {
		return Mono.defer(() -> {
			Key key = new Key(channel, address);
			CompletableFuture<Void> mine = new CompletableFuture<>();
			CompletableFuture<Void> before = tails.put(key, mine);
			Mono<Void> turn = before == null ? Mono.empty() : Mono.fromFuture(before, true);
			return turn.then(Mono.defer(work)).doFinally(signal -> done(key, before, mine));
		});
	}

	/**
	 * Hands the turn on, but never past a message still running: a message given up while
	 * waiting (its caller gone) passes the turn on only once the one before it is done.
	 */
	private void done(Key key, CompletableFuture<Void> before, CompletableFuture<Void> mine) {
		if (before == null || before.isDone()) {
			finish(key, mine);
		}
		else {
			before.whenComplete((ignored, failure) -> finish(key, mine));
		}
	}

	private void finish(Key key, CompletableFuture<Void> mine) {
		tails.remove(key, mine);
		mine.complete(null);
	}

	/**
	 * How many contacts have a message on its way: for tests, and to see that none is
	 * left behind.
	 */
	int busyContacts() {
		return tails.size();
	}

	private record Key(Channel channel, String address) {
	}

}
