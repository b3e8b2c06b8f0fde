package org.nurture.conversation;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;

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
import org.nurture.system.LogMasking;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The edge around the engine: loads the contact and their session, asks the engine, then saves the new session and
 * carries out the effects in one transaction, so a reply is only given for what was recorded.
 */
public class ConversationService {

	private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

	private static final int SAVE_ATTEMPTS = 5;

	private final ConversationEngine engine;

	private final Contacts contacts;

	private final SessionStore sessions;

	private final UnansweredQuestions unanswered;

	private final ReferralLog referrals;

	private final TransactionalOperator transactions;

	private final MeterRegistry meters;

	ConversationService(ConversationEngine engine, Contacts contacts, SessionStore sessions,
			UnansweredQuestions unanswered, ReferralLog referrals, TransactionalOperator transactions,
			MeterRegistry meters) {
		this.engine = engine;
		this.contacts = contacts;
		this.sessions = sessions;
		this.unanswered = unanswered;
		this.referrals = referrals;
		this.transactions = transactions;
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
		return Mono.defer(() -> contacts.findOrCreate(message.channel(), message.address(), message.receivedAt())
			.flatMap(contact -> decideAndSave(contact, message)))
			.retryWhen(Retry.backoff(SAVE_ATTEMPTS, Duration.ofMillis(5))
				.filter(ConcurrentUpdate.class::isInstance))
			.map(ConversationService::handled)
			.doOnError(failure -> log.error("Could not handle a {} message from {}", message.channel(),
					LogMasking.mask(message.address()), failure));
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
	 * Fails with {@link ConcurrentUpdate} when the session changed since it was read, or the contact (maybe cached) no
	 * longer matches the database; both are read again for the retry.
	 */
	private Mono<Decision> decideAndSave(Contact contact, InboundMessage message) {
		return sessions.load(contact.id())
			.defaultIfEmpty(new SessionStore.Stored(firstSession(contact), 0))
			.flatMap(read -> {
				Decision decision = engine.decide(read.session(), message);
				return transactions.transactional(sessions.save(contact.id(), read, decision.session(),
						message.receivedAt())
					.flatMap(saved -> saved ? carryOut(contact, decision, message).thenReturn(true)
							: Mono.just(false)))
					.flatMap(saved -> {
						if (!saved) {
							sessions.forget(contact.id());
							contacts.forget(contact.channel(), contact.address());
							return Mono.error(new ConcurrentUpdate());
						}
						sessions.remember(contact.id(), decision.session(), read.version() + 1);
						return Mono.just(decision);
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
				log.info("Consent {} ({}) from {} on {}", consent.consent(), consent.keyword(),
						LogMasking.mask(contact.address()), contact.channel());
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
			if (effect instanceof Effect.SafetyInterrupt safety) {
				meters.counter("nurture.safety.interrupts", "rule", safety.ruleId()).increment();
				log.info("Safety interrupt '{}' for {} on {}", safety.ruleId(), LogMasking.mask(contact.address()),
						contact.channel());
			}
			return Mono.empty();
		}).then();
	}

	/** Someone else saved the session between our read and our write; we read again and decide again. */
	private static final class ConcurrentUpdate extends RuntimeException {

		ConcurrentUpdate() {
			super("The conversation was updated concurrently", null, false, false);
		}
	}
}
