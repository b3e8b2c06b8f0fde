package org.nurture.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import org.nurture.channel.DeliveryOutcome;
import org.nurture.conversation.Reply;
import org.nurture.system.LogMasking;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * What goes to Telegram once an update is handled: the button's spinner stopped at once,
 * then the recorded replies ({@link TelegramOutbox}) sent right after the commit, with no
 * wait; once a chat's row is done, that chat's next waiting row follows, so a parent's
 * replies go out one at a time, in order, whichever instance recorded them. The
 * {@link #sweep} sends what was left waiting (the instance died between the commit and
 * the send, or the send never began) and settles rows whose sender stopped mid-send as
 * unknown. Counts what it ends as {@code nurture.telegram.replies} by status.
 */
final class TelegramReplies {

	private static final Logger log = LoggerFactory.getLogger(TelegramReplies.class);

	/**
	 * Sends of one sweep at once: each goes to another chat, and the gateway paces them.
	 */
	private static final int SWEEP_CONCURRENCY = 8;

	/** Rows one sweep claims at a time. */
	static final int SWEEP_BATCH = 50;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final TelegramOutbox outbox;

	private final TelegramOutboundGateway gateway;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Duration leftWaitingAfter;

	private final Duration lease;

	/**
	 * Set at shutdown: what has not reached the gateway by then waits for the next
	 * instance.
	 */
	private volatile boolean closing;

	/**
	 * @param leftWaitingAfter how long a row waits before a sweep takes it as left behind
	 * @param lease how long a claimed row may stay unfinished before it is taken as lost
	 * with its sender
	 */
	TelegramReplies(TelegramOutbox outbox, TelegramOutboundGateway gateway, Clock clock, MeterRegistry meters,
			Duration leftWaitingAfter, Duration lease) {
		this.outbox = outbox;
		this.gateway = gateway;
		this.clock = clock;
		this.meters = meters;
		this.leftWaitingAfter = leftWaitingAfter;
		this.lease = lease;
	}

	/**
	 * After the update's transaction committed: answers the button press, if any, then
	 * sends the recorded row, if any. In the background; never fails.
	 */
	void afterCommit(String callbackId, TelegramOutbox.Row recorded) {
		Mono<Void> answer = callbackId == null ? Mono.empty() : gateway.answerCallback(callbackId);
		Mono<Void> send = recorded == null ? Mono.empty() : sendIfFirst(recorded);
		inBackground(recorded == null ? null : recorded.chatId(), answer.then(send));
	}

	/**
	 * When the update could not be handled (nothing was recorded): answers the button
	 * press, if any, and sends the apology straight through the gateway. In the
	 * background; never fails.
	 */
	void apologize(String chatId, String callbackId, List<Reply> apology) {
		Mono<Void> answer = callbackId == null ? Mono.empty() : gateway.answerCallback(callbackId);
		Mono<?> send = chatId == null || apology.isEmpty() ? Mono.empty() : gateway.reply(chatId, apology);
		inBackground(chatId, answer.then(send).then());
	}

	/**
	 * One sweep: settles rows abandoned mid-send, then sends the rows left waiting, batch
	 * after batch, each followed by its chat's next ones; emits how many rows it sent or
	 * tried to. Its sends are this instance's own once begun: cancelling the sweep (at
	 * shutdown) does not stop them, and {@link #awaitInFlight} waits for them.
	 */
	Mono<Long> sweep() {
		return Mono.defer(() -> outbox.settleAbandoned(clock.instant(), lease)).doOnNext(lost -> {
			if (lost > 0) {
				log.warn("{} Telegram replies were being sent by an instance that stopped: recorded as unknown", lost);
				meters.counter("nurture.telegram.replies", "status", TelegramOutbox.Status.UNKNOWN.name())
					.increment(lost);
			}
		})
			.then(sweepBatch().expand(swept -> swept < SWEEP_BATCH || closing ? Mono.empty() : sweepBatch())
				.reduce(0L, Long::sum));
	}

	private Mono<Long> sweepBatch() {
		return Mono.defer(() -> {
			if (closing) {
				return Mono.just(0L);
			}
			Flux<TelegramOutbox.Row> claimed = outbox.claimLeftWaiting(clock.instant().minus(leftWaitingAfter),
					clock.instant(), SWEEP_BATCH);
			return detached(claimed.flatMap(this::sendLeftWaiting, SWEEP_CONCURRENCY).reduce(0L, Long::sum));
		});
	}

	/**
	 * A row the sweep claimed, then its chat's next ones; emits 1. One chat's trouble
	 * (its outcome not recorded, say) must not cut off the other chats' sends: that row
	 * is settled after the lease.
	 */
	private Mono<Long> sendLeftWaiting(TelegramOutbox.Row row) {
		return send(row).then(nextInChat(row.chatId())).onErrorResume(failure -> {
			log.error("Could not send Telegram replies left waiting for {}", LogMasking.mask(row.chatId()), failure);
			return Mono.empty();
		}).thenReturn(1L);
	}

	/**
	 * Sends the row if it is still waiting and first in its chat; otherwise leaves it to
	 * whoever sends the row before it (or claimed it first).
	 */
	private Mono<Void> sendIfFirst(TelegramOutbox.Row row) {
		return Mono.defer(() -> closing ? Mono.just(false) : outbox.claim(row, clock.instant()))
			.flatMap(claimed -> claimed ? send(row).then(nextInChat(row.chatId())) : Mono.empty());
	}

	/**
	 * Once one of the chat's rows is done: the chat's oldest waiting row, which was left
	 * waiting for it.
	 */
	private Mono<Void> nextInChat(String chatId) {
		return Mono.defer(() -> closing ? Mono.empty() : outbox.nextInChat(chatId).flatMap(this::sendIfFirst));
	}

	/** Sends a claimed row and records what became of it. */
	private Mono<Void> send(TelegramOutbox.Row row) {
		return Mono.defer(() -> {
			if (closing) {
				return outbox.release(row, clock.instant());
			}
			return gateway.reply(row.chatId(), row.replies()).map(TelegramReplies::ending).onErrorResume(failure -> {
				log.error("Sending Telegram replies to {} failed unexpectedly", LogMasking.mask(row.chatId()), failure);
				return Mono.just(new Ending(TelegramOutbox.Status.UNKNOWN,
						"failed while sending, so it may have been sent: " + failure.getClass().getSimpleName()));
			})
				.flatMap(ending -> outbox.finish(row, ending.status(), ending.detail(), clock.instant())
					.doOnSuccess(done -> meters.counter("nurture.telegram.replies", "status", ending.status().name())
						.increment()));
		});
	}

	private static Ending ending(DeliveryOutcome outcome) {
		return switch (outcome.status()) {
			case SENT -> new Ending(TelegramOutbox.Status.SENT, null);
			case UNKNOWN -> new Ending(TelegramOutbox.Status.UNKNOWN, outcome.detail());
			case FAILED, UNDELIVERABLE, OPTED_OUT -> new Ending(TelegramOutbox.Status.FAILED, outcome.detail());
		};
	}

	/**
	 * Runs the work on its own, counted in flight, whether or not the caller stays
	 * subscribed; emits its result.
	 */
	private <T> Mono<T> detached(Mono<T> work) {
		Sinks.One<T> result = Sinks.one();
		inFlight.incrementAndGet();
		work.doFinally(signal -> inFlight.decrementAndGet())
			.subscribe(value -> result.tryEmitValue(value), result::tryEmitError, result::tryEmitEmpty);
		return result.asMono();
	}

	private void inBackground(String chatId, Mono<Void> work) {
		inFlight.incrementAndGet();
		work.doFinally(signal -> inFlight.decrementAndGet())
			.subscribe(null, failure -> log.error("Could not send replies to Telegram chat {}", LogMasking.mask(chatId),
					failure));
	}

	/**
	 * At shutdown: sends not begun are left (or put back) waiting for the next instance,
	 * and those on their way get up to {@code wait} to finish; emits how many did not.
	 */
	int awaitInFlight(Duration wait) throws InterruptedException {
		closing = true;
		long deadline = System.nanoTime() + wait.toNanos();
		while (inFlight.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		return inFlight.get();
	}

	private record Ending(TelegramOutbox.Status status, String detail) {
	}

}
