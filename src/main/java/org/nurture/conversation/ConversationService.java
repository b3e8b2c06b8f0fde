package org.nurture.conversation;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import org.nurture.channel.InboundMessage;
import org.nurture.channel.Reply;
import org.nurture.contact.Contact;
import org.nurture.contact.Contacts;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.engine.ConversationEngine;
import org.nurture.conversation.engine.Decision;
import org.nurture.conversation.engine.Effect;
import org.nurture.conversation.engine.Session;
import org.nurture.educator.ReferralLog;
import org.nurture.system.GroupCommit;
import org.nurture.system.LogMasking;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The edge around the engine: loads the contact and their session, asks the engine, then saves the new session and
 * carries out the effects as one unit of writes, committed with other messages' ({@link GroupCommit}), so a reply is
 * only given for what was recorded.
 */
public class ConversationService {

	private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

	private static final int SAVE_ATTEMPTS = 5;

	private final ConversationEngine engine;

	private final Contacts contacts;

	private final SessionStore sessions;

	private final UnansweredQuestions unanswered;

	private final ReferralLog referrals;

	private final GroupCommit writes;

	private final MeterRegistry meters;

	ConversationService(ConversationEngine engine, Contacts contacts, SessionStore sessions,
			UnansweredQuestions unanswered, ReferralLog referrals, GroupCommit writes,
			MeterRegistry meters) {
		this.engine = engine;
		this.contacts = contacts;
		this.sessions = sessions;
		this.unanswered = unanswered;
		this.referrals = referrals;
		this.writes = writes;
		this.meters = meters;
	}

	/** Handles one message from a parent and returns what to answer. */
	public Mono<List<Reply>> handle(InboundMessage message) {
		return handleFully(message).map(Handled::replies);
	}

	/**
	 * Handles one message from a parent and returns what to answer together with the compliance keyword it was, if
	 * any, for channels whose provider answers some keywords itself (Twilio answers STOP by SMS). Joins the caller's
	 * transaction when there is one, so an adapter can record the provider's message id in the same transaction.
	 */
	public Mono<Handled> handleFully(InboundMessage message) {
		return handleFully(message, Mono::just);
	}

	/**
	 * Handles one message from a parent, then lets the caller turn what it came to into an answer, writing whatever
	 * must be recorded with the conversation (the provider's message id and that answer, say): {@code answer}'s writes
	 * commit with the conversation's or not at all. {@code answer} may be called more than once (the conversation
	 * changed meanwhile and the message is decided again), and its writes may run twice (see {@link GroupCommit});
	 * it only builds them. A failure of its writes (a duplicate message id, say) is passed back as it is.
	 */
	public <T> Mono<T> handleFully(InboundMessage message, Function<Handled, Mono<T>> answer) {
		return Mono.defer(() -> contacts.findOrCreate(message.channel(), message.address(), message.receivedAt())
			.flatMap(contact -> decideAndSave(contact, message, answer)))
			.retryWhen(Retry.backoff(SAVE_ATTEMPTS, Duration.ofMillis(5))
				.filter(ConcurrentUpdate.class::isInstance))
			.doOnError(failure -> !(failure instanceof AnswerFailed),
					failure -> log.error("Could not handle a {} message from {}", message.channel(),
							LogMasking.mask(message.address()), failure))
			.onErrorMap(AnswerFailed.class, Throwable::getCause);
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
	 * Decides, then writes the new session, the effects and the caller's answer as one unit. Fails with
	 * {@link ConcurrentUpdate} when the session changed since it was read, or the contact (maybe cached) no longer
	 * matches the database; both are read again for the retry.
	 */
	private <T> Mono<T> decideAndSave(Contact contact, InboundMessage message,
			Function<Handled, Mono<T>> answer) {
		return sessions.load(contact.id())
			.defaultIfEmpty(new SessionStore.Stored(firstSession(contact), 0))
			.flatMap(read -> {
				Decision decision = engine.decide(read.session(), message);
				Mono<T> unit = sessions.save(contact.id(), read, decision.session(), message.receivedAt())
					.flatMap(saved -> saved ? Mono.empty() : Mono.error(new ConcurrentUpdate()))
					.then(carryOut(contact, decision, message))
					.then(Mono.defer(() -> answer.apply(handled(decision))).onErrorMap(AnswerFailed::new));
				return writes.run(unit)
					.doOnSuccess(committed -> {
						sessions.remember(contact.id(), decision.session(), read.version() + 1);
						reportWritten(contact, decision);
					})
					.doOnError(ConcurrentUpdate.class, stale -> {
						sessions.forget(contact.id());
						contacts.forget(contact.channel(), contact.address());
					});
			});
	}

	private Session firstSession(Contact contact) {
		Session session = engine.newSession();
		Language known = Language.fromCode(contact.language()).orElse(null);
		return known == null ? session
				: new Session(known, true, null, null, session.slots(), session.offered(), null, false, false,
						contact.optedOut(), null);
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

	/** The caller's answer failed (a duplicate message id, say): the caller gets its own failure back, unlogged. */
	private static final class AnswerFailed extends RuntimeException {

		AnswerFailed(Throwable cause) {
			super("The caller's answer failed", cause, false, false);
		}
	}

	/** Someone else saved the session between our read and our write; we read again and decide again. */
	private static final class ConcurrentUpdate extends RuntimeException {

		ConcurrentUpdate() {
			super("The conversation was updated concurrently", null, false, false);
		}
	}
}
