package org.nurture.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.nurture.contact.Channel;
import org.nurture.system.LogMasking;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One round of daily tips: settles sends lost with a stopped instance, plans every due
 * subscription, then sends every waiting tip that is due, checking just before each send
 * that the parent is still subscribed, not paused, inside quiet hours and not too late.
 */
final class TipDispatcher {

	private static final Logger log = LoggerFactory.getLogger(TipDispatcher.class);

	private final TipOutbox outbox;

	private final SendPace sendPace;

	private final TipPicker picker;

	private final TipSender sender;

	private final TipsProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	/** A claim holds no more tips than the slowest sender sends in this many seconds. */
	static final int CLAIM_SECONDS = 30;

	/** At most this many outcomes are written in one transaction... */
	static final int RECORD_BATCH = 100;

	/** ...and none waits longer than this to be written. */
	static final Duration RECORD_EVERY = Duration.ofSeconds(1);

	private final Timer delay;

	/** The senders this instance has sent a first tip through. */
	private final Set<String> warmed = ConcurrentHashMap.newKeySet();

	/** Tips waiting to be sent, as the last round left them. */
	private final AtomicLong backlog = new AtomicLong();

	TipDispatcher(TipOutbox outbox, SendPace sendPace, TipPicker picker, TipSender sender, TipsProperties properties,
			Clock clock, MeterRegistry meters) {
		this.outbox = outbox;
		this.sendPace = sendPace;
		this.picker = picker;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
		this.delay = Timer.builder("nurture.tips.send.delay")
			.description("From when a tip was due to when the provider accepted it")
			.publishPercentiles(0.5, 0.95)
			.register(meters);
		Gauge.builder("nurture.tips.backlog", backlog, AtomicLong::get)
			.description("Tips planned and waiting to be sent, after the last round")
			.register(meters);
	}

	/**
	 * Runs one round; emits how many tips were handed to the provider. Lazy: each
	 * subscription runs a new round, at the time it is subscribed to.
	 */
	Mono<Long> round() {
		return Mono.defer(() -> outbox.settleAbandoned(clock.instant(), properties.lease())).doOnNext(lost -> {
			if (lost > 0) {
				log.warn("{} tips were being sent by an instance that stopped: recorded as unknown", lost);
				meters.counter("nurture.tips.deliveries", "status", DeliveryStatus.UNKNOWN.name()).increment(lost);
			}
		}).then(planAll()).then(sendAll()).flatMap(sent -> outbox.backlog().doOnNext(backlog::set).thenReturn(sent));
	}

	/**
	 * Plans batch after batch until no subscription is due. A subscription days behind
	 * (after a downtime) comes back once per missed day, each skipped, until it is
	 * current.
	 */
	Mono<Long> planAll() {
		return Mono.defer(() -> outbox.planDue(clock.instant(), properties.planBatch()))
			.expand(planned -> planned == 0 ? Mono.empty() : outbox.planDue(clock.instant(), properties.planBatch()))
			.reduce(0L, Long::sum);
	}

	/** Sends claim after claim until no due tip waits. */
	Mono<Long> sendAll() {
		return Mono.defer(this::sendClaim)
			.expand(sent -> sent.claimed() < claimSize() ? Mono.empty() : sendClaim())
			.map(Round::sent)
			.reduce(0L, Long::sum);
	}

	private Mono<Round> sendClaim() {
		return Flux.defer(() -> outbox.claim(clock.instant(), claimSize()))
			.collectList()
			.flatMapMany(claimed -> Flux
				.fromIterable(claimed.stream()
					.collect(Collectors.groupingBy(tip -> sender.pace(tip.channel()), LinkedHashMap::new,
							Collectors.toList()))
					.entrySet())
				.flatMap(group -> paced(group.getKey(), group.getValue())))
			.bufferTimeout(RECORD_BATCH, RECORD_EVERY)
			.concatMap(this::recordAll)
			.collectList()
			.map(statuses -> new Round(statuses.size(),
					statuses.stream().filter(status -> status == DeliveryStatus.SENT).count()));
	}

	/**
	 * How many tips one claim takes: {@code send-batch}, or as many as the slowest sender
	 * sends in half a minute, so that claimed tips never wait long for their slot.
	 */
	private int claimSize() {
		int size = properties.sendBatch();
		for (Channel channel : Channel.values()) {
			TipSender.Pace pace = sender.pace(channel);
			if (pace.limited()) {
				size = (int) Math.min(size, Math.max(1, Math.floor(pace.perSecond() * CLAIM_SECONDS)));
			}
		}
		return size;
	}

	/**
	 * Writes what became of a few sends in one transaction (one commit for them all), and
	 * counts them once written.
	 */
	private Flux<DeliveryStatus> recordAll(List<Sent> sent) {
		return outbox.recordAll(sent).thenMany(Flux.fromIterable(sent).map(one -> {
			meters.counter("nurture.tips.deliveries", "status", one.status().name()).increment();
			return one.status();
		}));
	}

	/**
	 * Sends one sender's tips: each at a slot of the sender's rate reserved for it across
	 * instances ({@link SendPace}), or as fast as {@code send-concurrency} allows when
	 * the rate is not limited.
	 */
	private Flux<Sent> paced(TipSender.Pace pace, List<TipOutbox.Claimed> tips) {
		return paced(pace, tips, Instant.MIN);
	}

	/** As above, with no slot before {@code notBefore}. */
	private Flux<Sent> paced(TipSender.Pace pace, List<TipOutbox.Claimed> tips, Instant notBefore) {
		if (!pace.limited()) {
			return Flux.fromIterable(tips).flatMap(this::send, properties.sendConcurrency());
		}
		Duration interval = SendPace.interval(pace.perSecond());
		if (tips.size() > 1 && warmed.add(pace.sender())) {
			// A sender's first send on this instance is slow on its way out (classes
			// load, a connection opens), so the sends behind it would reach the provider
			// close behind it: it goes alone, and the others from an interval after its
			// answer.
			return paced(pace, tips.subList(0, 1)).concatWith(
					Flux.defer(() -> paced(pace, tips.subList(1, tips.size()), clock.instant().plus(interval))));
		}
		Instant now = clock.instant();
		return sendPace
			.reserve(pace.sender(), tips.size(), pace.perSecond(), now.isBefore(notBefore) ? notBefore : now,
					properties.lease())
			.flatMapMany(first -> Flux.range(0, tips.size())
				.flatMap(i -> atSlot(first.plus(interval.multipliedBy(i)), tips.get(i)), tips.size()));
	}

	/** Sends the tip at its slot (at once if the slot has passed). */
	private Mono<Sent> atSlot(Instant slot, TipOutbox.Claimed tip) {
		return Mono.defer(() -> {
			Duration wait = Duration.between(clock.instant(), slot);
			Mono<Sent> send = Mono.defer(() -> send(tip));
			return wait.isNegative() || wait.isZero() ? send : Mono.delay(wait).then(send);
		});
	}

	/**
	 * Hands one tip to the provider, unless the parent stopped or paused it, it is too
	 * late or the parent's evening has begun; emits what became of it, to be recorded.
	 */
	private Mono<Sent> send(TipOutbox.Claimed tip) {
		Instant now = clock.instant();
		ZonedDateTime local = now.atZone(tip.zone());
		String notNow = null;
		DeliveryStatus status = DeliveryStatus.CANCELLED;
		Subscription.EndReason ends = null;
		boolean stopped = tip.subscriptionStatus() != Subscription.Status.ACTIVE
				&& tip.endReason() != Subscription.EndReason.COMPLETED;
		if (stopped) {
			notNow = "the parent stopped their tips";
		}
		else if (tip.optedOut()) {
			notNow = "the parent opted out";
			ends = Subscription.EndReason.STOPPED;
		}
		else if (tip.pausedUntil() != null && tip.date().isBefore(tip.pausedUntil())) {
			notNow = "the parent paused their tips";
		}
		else if (now.isAfter(tip.dueAt().plus(TipPlanner.STALE_AFTER))) {
			status = DeliveryStatus.SKIPPED;
			notNow = "more than " + TipPlanner.STALE_AFTER.toHours() + " hours late";
		}
		else if (!QuietHours.allows(local)) {
			status = DeliveryStatus.SKIPPED;
			notNow = "outside 08:00-20:00 in the parent's time zone";
		}
		Optional<String> text = tip.tipId() == null ? Optional.empty() : picker.text(tip.tipId(), tip.language());
		if (notNow == null && text.isEmpty()) {
			status = DeliveryStatus.SKIPPED;
			notNow = "tip " + tip.tipId() + " is no longer in the catalog";
		}
		if (notNow != null) {
			return Mono.just(new Sent(tip, status, TipSender.Result.notSent(null, null, notNow), now, ends));
		}
		return sender.send(tip.channel(), tip.address(), text.get()).map(result -> {
			Instant answered = clock.instant();
			DeliveryStatus outcome = switch (result.outcome()) {
				case SENT -> DeliveryStatus.SENT;
				case UNKNOWN -> DeliveryStatus.UNKNOWN;
				case OPTED_OUT -> DeliveryStatus.CANCELLED;
				case FAILED, UNREACHABLE -> DeliveryStatus.FAILED;
			};
			if (outcome == DeliveryStatus.SENT) {
				delay.record(Duration.between(tip.dueAt(), answered));
			}
			else {
				log.info("Tip for {} on {} not sent: {} ({})", LogMasking.mask(tip.address()), tip.channel(),
						result.outcome(), result.detail());
			}
			Subscription.EndReason ended = switch (result.outcome()) {
				case OPTED_OUT -> Subscription.EndReason.STOPPED;
				case UNREACHABLE -> Subscription.EndReason.UNREACHABLE;
				default -> null;
			};
			return new Sent(tip, outcome, result, answered, ended);
		});
	}

	/**
	 * What became of one claimed tip, to be recorded.
	 *
	 * @param tip the tip
	 * @param status its new status
	 * @param result what the provider said, or why it was not sent
	 * @param at when
	 * @param ends why the subscription ends with it (the provider will not deliver to the
	 * parent any more), or null
	 */
	record Sent(TipOutbox.Claimed tip, DeliveryStatus status, TipSender.Result result, Instant at,
			Subscription.EndReason ends) {
	}

	private record Round(int claimed, long sent) {
	}

}
