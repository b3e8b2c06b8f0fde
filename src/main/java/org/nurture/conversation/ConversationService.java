package org.nurture.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.Connection;
import org.nurture.contact.Contact;
import org.nurture.contact.Contacts;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.engine.ConversationEngine;
import org.nurture.conversation.engine.Decision;
import org.nurture.conversation.engine.Effect;
import org.nurture.conversation.engine.Session;
import org.nurture.educator.ReferralLog;
import org.nurture.subscription.Subscription;
import org.nurture.subscription.Subscriptions;
import org.nurture.system.GroupCommit;
import org.nurture.system.LogMasking;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The edge around the engine: loads the contact and their session, asks the engine, then
 * saves the new session and carries out the effects as one unit of writes, committed with
 * other messages' ({@link GroupCommit}), so a reply is only given for what was recorded.
 */
public class ConversationService {

	private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

	/**
	 * How many of a contact's latest message ids are kept to recognise redeliveries
	 * ({@link #answerOnce}).
	 */
	public static final int MESSAGE_IDS_KEPT = MessageIds.KEPT;

	/**
	 * How long a message keeps being decided again when its contact's conversation keeps
	 * changing under it (another instance handling the same contact's messages): long
	 * enough for any burst of texts to drain, short of Twilio's 15 s webhook timeout.
	 */
	static final Duration RETRY_FOR = Duration.ofSeconds(10);

	private static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(5);

	private static final Duration LONGEST_RETRY_PAUSE = Duration.ofMillis(200);

	private final ContactQueues queues = new ContactQueues();

	private final ConversationEngine engine;

	private final Contacts contacts;

	private final SessionStore sessions;

	private final UnansweredQuestions unanswered;

	private final ReferralLog referrals;

	private final Subscriptions subscriptions;

	private final GroupCommit writes;

	private final MeterRegistry meters;

	ConversationService(ConversationEngine engine, Contacts contacts, SessionStore sessions,
			UnansweredQuestions unanswered, ReferralLog referrals, Subscriptions subscriptions, GroupCommit writes,
			MeterRegistry meters) {
		this.engine = engine;
		this.contacts = contacts;
		this.sessions = sessions;
		this.unanswered = unanswered;
		this.referrals = referrals;
		this.subscriptions = subscriptions;
		this.writes = writes;
		this.meters = meters;
	}

	/** Handles one message from a parent and returns what to answer. */
	public Mono<List<Reply>> handle(InboundMessage message) {
		return handleFully(message).map(Handled::replies);
	}

	/**
	 * Handles one message from a parent and returns what to answer together with the
	 * compliance keyword it was, if any, for channels whose provider answers some
	 * keywords itself. Joins the caller's transaction when there is one, so an adapter
	 * can record the provider's id for the message (or update) in the same transaction.
	 */
	public Mono<Handled> handleFully(InboundMessage message) {
		return process(message, null).map(Outcome::handled);
	}

	/**
	 * Handles a message that its provider may deliver more than once, and answers it with
	 * what {@code render} makes of the outcome (TwiML, say). The message's id
	 * ({@link InboundMessage#providerMessageId()}, required) and the answer are saved
	 * with the session, in the same write, so a redelivery of one of the contact's latest
	 * messages ({@link MessageIds}), on this instance or another, changes nothing: it
	 * gets the answer saved if it is the newest of them, and otherwise none (empty).
	 * {@code render} must be pure: it runs again when the conversation changed meanwhile
	 * and the message is decided again.
	 */
	public Mono<String> answerOnce(InboundMessage message, Function<Handled, String> render) {
		Objects.requireNonNull(message.providerMessageId(), "providerMessageId");
		return process(message, render).mapNotNull(Outcome::answer);
	}

	/**
	 * Forgets the message ids and answers {@link #answerOnce} saved before the given
	 * time, once no redelivery can come (an answer can quote what the parent said); emits
	 * how many conversations had some.
	 */
	public Mono<Long> forgetAnswersBefore(Instant before) {
		return sessions.forgetMessagesSavedBefore(before);
	}

	/** The message, in its turn among its contact's messages ({@link ContactQueues}). */
	private Mono<Outcome> process(InboundMessage message, Function<Handled, String> render) {
		return queues
			.inTurn(message.channel(), message.address(),
					() -> attempt(message, render, 1, System.nanoTime() + RETRY_FOR.toNanos()))
			.doOnError(failure -> log.error("Could not handle a {} message from {}", message.channel(),
					LogMasking.mask(message.address()), failure));
	}

	/**
	 * Reads, decides and saves; when the conversation changed meanwhile, again after a
	 * short pause that doubles with each attempt (to {@link #LONGEST_RETRY_PAUSE}, with
	 * jitter, so that two instances do not collide in step), until {@link #RETRY_FOR} has
	 * passed. (Reactor's {@code retryWhen} would do the same, at the cost of a companion
	 * publisher made for every message, where a retry is rare.)
	 */
	private Mono<Outcome> attempt(InboundMessage message, Function<Handled, String> render, int attempt,
			long deadline) {
		return Mono
			.defer(() -> contacts.findOrCreate(message.channel(), message.address(), message.receivedAt())
				.flatMap(contact -> decideAndSave(contact, message, render)))
			.onErrorResume(ConcurrentUpdate.class, stale -> System.nanoTime() > deadline ? Mono.error(stale)
					: Mono.delay(pause(attempt)).then(attempt(message, render, attempt + 1, deadline)));
	}

	private static Duration pause(int attempt) {
		long doubled = FIRST_RETRY_PAUSE.toMillis() << Math.min(attempt - 1, 16);
		long pause = Math.min(doubled, LONGEST_RETRY_PAUSE.toMillis());
		return Duration.ofMillis(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
	}

	private static Handled handled(Decision decision) {
		for (Effect effect : decision.effects()) {
			if (effect instanceof Effect.ConsentGiven given) {
				return new Handled(decision.replies(), given.consent(), given.keyword());
			}
		}
		return new Handled(decision.replies(), null, null);
	}

	/**
	 * Decides, then writes the new session (with the message's id and answer when
	 * {@code render} is given) and the effects as one unit. Fails with
	 * {@link ConcurrentUpdate} when the session changed since it was read, or the contact
	 * (maybe cached) no longer matches the database; both are read again for the retry.
	 */
	private Mono<Outcome> decideAndSave(Contact contact, InboundMessage message, Function<Handled, String> render) {
		return sessions.load(contact.id())
			.defaultIfEmpty(SessionStore.Stored.first(firstSession(contact)))
			.flatMap(read -> withTipsAsSaved(contact, read))
			.flatMap(read -> {
				String id = render == null ? null : message.providerMessageId();
				if (id != null && read.messageIds().contains(id)) {
					return redelivered(contact, id);
				}
				Decision decision = engine.decide(read.session(), message);
				Handled handled = handled(decision);
				String answer = render == null ? null : render.apply(handled);
				MessageIds ids = id == null ? null : read.messageIds().with(id);
				Function<Connection, Mono<Boolean>> save = sessions.save(contact.id(), read, decision.session(), ids,
						answer, message.receivedAt());
				Function<Connection, Mono<Void>> unit = connection -> {
					Mono<Void> saved = save.apply(connection)
						.flatMap(stored -> stored ? Mono.<Void>empty() : Mono.error(new ConcurrentUpdate()));
					return decision.effects().isEmpty() ? saved : saved.then(carryOut(contact, decision, message));
				};
				return writes.run(unit).then(Mono.fromCallable(() -> {
					sessions.remember(contact.id(), new SessionStore.Stored(decision.session(), read.version() + 1,
							ids == null ? read.messageIds() : ids));
					reportWritten(contact, decision);
					return new Outcome(handled, answer);
				})).doOnError(ConcurrentUpdate.class, stale -> {
					sessions.forget(contact.id());
					contacts.forget(contact.channel(), contact.address());
				});
			});
	}

	/**
	 * The session, with the subscription as the database has it when tips were on: the
	 * scheduler ends a subscription itself (the baby turned two; the provider cannot
	 * deliver), and the session's copy must not bring it back. Only a subscriber's
	 * message pays for the look-up.
	 */
	private Mono<SessionStore.Stored> withTipsAsSaved(Contact contact, SessionStore.Stored read) {
		Subscription kept = read.session().subscription();
		if (kept == null || !kept.active()) {
			return Mono.just(read);
		}
		return subscriptions.find(contact.id())
			.filter(saved -> !saved.active())
			.map(saved -> new SessionStore.Stored(read.session().withSubscription(saved), read.version(),
					read.messageIds()))
			.defaultIfEmpty(read);
	}

	/**
	 * A message handled before: nothing changes, and it gets the answer saved for it, if
	 * it still is.
	 */
	private Mono<Outcome> redelivered(Contact contact, String id) {
		log.info("Redelivered {} message from {}: answering as before", contact.channel(),
				LogMasking.mask(contact.address()));
		return sessions.answerTo(contact.id(), id).map(answer -> new Outcome(null, answer.orElse(null)));
	}

	private Session firstSession(Contact contact) {
		Session session = engine.newSession();
		Language known = Language.fromCode(contact.language()).orElse(null);
		return known == null ? session : new Session(known, true, null, null, session.slots(), session.offered(), null,
				false, false, contact.optedOut(), null, null, null);
	}

	private Mono<Void> carryOut(Contact contact, Decision decision, InboundMessage message) {
		return Flux.fromIterable(decision.effects()).concatMap(effect -> {
			if (effect instanceof Effect.ConsentGiven consent) {
				return contacts.recordConsent(contact, consent.consent(), consent.keyword(), message.receivedAt());
			}
			if (effect instanceof Effect.LanguageChosen language) {
				return contacts.rememberLanguage(contact, language.language().code(), message.receivedAt());
			}
			if (effect instanceof Effect.QuestionForTeam question) {
				return unanswered.record(contact, question.text(), question.language(), message.receivedAt());
			}
			if (effect instanceof Effect.TipsConsent tips) {
				return contacts.recordConsent(contact, tips.consent(), tips.keyword(), tips.shown(),
						message.receivedAt());
			}
			if (effect instanceof Effect.SubscriptionChanged changed) {
				return subscriptions.save(contact.id(), changed.subscription(), message.receivedAt());
			}
			if (effect instanceof Effect.ReferralMade referral) {
				return referrals.record(message.receivedAt(), contact.channel().name(), referral.language().code(),
						referral.area(), referral.educatorIds(), referral.nearby(), referral.sample());
			}
			return Mono.empty();
		}).then();
	}

	/** Logged and counted once the unit is written, since a unit may run twice. */
	private void reportWritten(Contact contact, Decision decision) {
		for (Effect effect : decision.effects()) {
			if (effect instanceof Effect.ConsentGiven consent) {
				log.info("Consent {} ({}) from {} on {}", consent.consent(), consent.keyword(),
						LogMasking.mask(contact.address()), contact.channel());
			}
			if (effect instanceof Effect.SafetyInterrupt safety) {
				meters.counter("nurture.safety.interrupts", "rule", safety.ruleId()).increment();
				log.info("Safety interrupt '{}' for {} on {}", safety.ruleId(), LogMasking.mask(contact.address()),
						contact.channel());
			}
		}
	}

	/**
	 * What a message came to: how it was handled (null for a redelivery) and the answer
	 * rendered for it, if any.
	 */
	private record Outcome(Handled handled, String answer) {
	}

	/**
	 * Someone else saved the session between our read and our write; we read again and
	 * decide again.
	 */
	private static final class ConcurrentUpdate extends RuntimeException {

		ConcurrentUpdate() {
			super("The conversation was updated concurrently", null, false, false);
		}

	}

}
