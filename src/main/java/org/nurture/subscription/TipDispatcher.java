package org.nurture.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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

	private final Timer delay;

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
		}).then(planAll()).then(sendAll());
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
			.expand(sent -> sent.claimed() < properties.sendBatch() ? Mono.empty() : sendClaim())
			.map(Round::sent)
			.reduce(0L, Long::sum);
	}

	private Mono<Round> sendClaim() {
		return Flux.defer(() -> outbox.claim(clock.instant(), properties.sendBatch()))
			.collectList()
			.flatMapMany(claimed -> Flux
				.fromIterable(claimed.stream()
					.collect(Collectors.groupingBy(tip -> sender.pace(tip.channel()), LinkedHashMap::new,
							Collectors.toList()))
					.entrySet())
				.flatMap(group -> paced(group.getKey(), group.getValue())))
			.collectList()
			.map(statuses -> new Round(statuses.size(),
					statuses.stream().filter(status -> status == DeliveryStatus.SENT).count()));
	}

	/**
	 * Sends one sender's tips: each at a slot of the sender's rate reserved for it across
	 * instances ({@link SendPace}), or as fast as {@code send-concurrency} allows when
	 * the rate is not limited.
	 */
	private Flux<DeliveryStatus> paced(TipSender.Pace pace, List<TipOutbox.Claimed> tips) {
		if (!pace.limited()) {
			return Flux.fromIterable(tips).flatMap(this::send, properties.sendConcurrency());
		}
		Duration interval = SendPace.interval(pace.perSecond());
		return sendPace.reserve(pace.sender(), tips.size(), pace.perSecond(), clock.instant(), properties.lease())
			.flatMapMany(first -> Flux.range(0, tips.size()).flatMap(i -> {
				Duration wait = Duration.between(clock.instant(), first.plus(interval.multipliedBy(i)));
				Mono<DeliveryStatus> send = Mono.defer(() -> send(tips.get(i)));
				return wait.isNegative() || wait.isZero() ? send : Mono.delay(wait).then(send);
			}, tips.size()));
	}

	private Mono<DeliveryStatus> send(TipOutbox.Claimed tip) {
		Instant now = clock.instant();
		ZonedDateTime local = now.atZone(tip.zone());
		String notNow = null;
		DeliveryStatus status = DeliveryStatus.CANCELLED;
		boolean stopped = tip.subscriptionStatus() != Subscription.Status.ACTIVE
				&& tip.endReason() != Subscription.EndReason.COMPLETED;
		if (stopped) {
			notNow = "the parent stopped their tips";
		}
		else if (tip.optedOut()) {
			return outbox.end(tip.subscription(), Subscription.EndReason.STOPPED, now)
				.then(finish(tip, status, TipSender.Result.notSent(null, null, "the parent opted out"), now));
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
			return finish(tip, status, TipSender.Result.notSent(null, null, notNow), now);
		}
		return sender.send(tip.channel(), tip.address(), text.get()).flatMap(result -> {
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
			Mono<Void> ended = switch (result.outcome()) {
				case OPTED_OUT -> outbox.end(tip.subscription(), Subscription.EndReason.STOPPED, answered);
				case UNREACHABLE -> outbox.end(tip.subscription(), Subscription.EndReason.UNREACHABLE, answered);
				default -> Mono.empty();
			};
			return ended.then(finish(tip, outcome, result, answered));
		});
	}

	private Mono<DeliveryStatus> finish(TipOutbox.Claimed tip, DeliveryStatus status, TipSender.Result result,
			Instant now) {
		return outbox.record(tip.id(), status, result, now).then(Mono.fromCallable(() -> {
			meters.counter("nurture.tips.deliveries", "status", status.name()).increment();
			return status;
		}));
	}

	private record Round(int claimed, long sent) {
	}

}
