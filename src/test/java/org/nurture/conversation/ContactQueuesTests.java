package org.nurture.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.nurture.contact.Channel;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class ContactQueuesTests {

	final ContactQueues queues = new ContactQueues();

	@Test
	void aContactsMessagesRunOneAfterAnotherInTheOrderTheyCame() {
		List<Integer> order = new CopyOnWriteArrayList<>();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		Flux.range(0, 20).flatMap(i -> queues.inTurn(Channel.SMS, "+16175550100", () -> Mono.fromRunnable(() -> {
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			order.add(i);
		}).delayElement(Duration.ofMillis(2)).doFinally(signal -> running.decrementAndGet())), 20)
			.then()
			.block(Duration.ofSeconds(10));
		assertThat(order).containsExactlyElementsOf(Flux.range(0, 20).collectList().block());
		assertThat(mostAtOnce).hasValue(1);
		assertThat(queues.busyContacts()).as("nothing left behind").isZero();
	}

	@Test
	void differentContactsDoNotWaitForEachOther() {
		Sinks.Empty<Void> stuck = Sinks.empty();
		Disposable first = queues.inTurn(Channel.SMS, "+16175550100", stuck::asMono).subscribe();
		String other = queues.inTurn(Channel.SMS, "+16175550101", () -> Mono.just("answered"))
			.block(Duration.ofSeconds(5));
		assertThat(other).isEqualTo("answered");
		assertThat(queues.inTurn(Channel.TELEGRAM, "+16175550100", () -> Mono.just("answered"))
			.block(Duration.ofSeconds(5))).as("the same address on another channel").isEqualTo("answered");
		first.dispose();
	}

	@Test
	void aMessageGivenUpWhileWaitingDoesNotLetTheNextOneOvertakeTheRunningOne() {
		Sinks.Empty<Void> firstDone = Sinks.empty();
		List<String> events = new CopyOnWriteArrayList<>();
		queues.inTurn(Channel.SMS, "+16175550100", () -> firstDone.asMono().doOnSuccess(done -> events.add("first")))
			.subscribe();
		Disposable second = queues
			.inTurn(Channel.SMS, "+16175550100", () -> Mono.fromRunnable(() -> events.add("second")))
			.subscribe();
		Mono<Void> third = queues.inTurn(Channel.SMS, "+16175550100",
				() -> Mono.fromRunnable(() -> events.add("third")));
		Disposable thirdRunning = third.subscribe();
		second.dispose();
		assertThat(events).as("the third waits for the first, still running").isEmpty();
		firstDone.tryEmitEmpty();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(events).containsExactly("first", "third"));
		thirdRunning.dispose();
		assertThat(queues.busyContacts()).isZero();
	}

}
