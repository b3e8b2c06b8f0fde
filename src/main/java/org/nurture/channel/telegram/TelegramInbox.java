package org.nurture.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.nurture.channel.ChannelTexts;
import org.nurture.contact.Contacts;
import org.nurture.conversation.ConversationService;
import org.nurture.conversation.Reply;
import org.nurture.system.LogMasking;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;

/**
 * Handles each Telegram update once, whether it came by webhook or long polling. Claiming
 * its {@code update_id}, what it changes (the conversation, a blocked contact) and its
 * replies, written to the {@link TelegramOutbox}, happen in one transaction, so a
 * redelivery, on this instance or another, finds the claim and is dropped, a failure
 * leaves no claim behind, and a recorded update always has its replies recorded with it.
 * The replies are sent after the commit, in the background ({@link TelegramReplies}), so
 * the webhook answers Telegram at once; if this instance dies first, another one's sweep
 * (or its own, once restarted) sends them. What each kind of update asks is
 * {@link UpdateHandler}'s.
 */
final class TelegramInbox {

	private static final Logger log = LoggerFactory.getLogger(TelegramInbox.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

	private final ProcessedUpdates processed;

	private final TelegramOutbox outbox;

	private final TelegramReplies replies;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final UpdateHandler handler;

	/**
	 * When the conversation failed; the language may not be known at that point, so it is
	 * said in every one.
	 */
	private final List<Reply> apology;

	TelegramInbox(ConversationService conversations, Contacts contacts, ProcessedUpdates processed,
			TelegramOutbox outbox, TelegramReplies replies, TransactionalOperator transactions, Clock clock,
			ChannelTexts texts) {
		this.handler = new UpdateHandler(conversations, contacts, new TelegramCommands(texts));
		this.apology = texts.apology();
		this.processed = processed;
		this.outbox = outbox;
		this.replies = replies;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Completes once the update and its replies are recorded; the replies are on their
	 * way by then. Never errors.
	 */
	Mono<Void> receive(Update update) {
		Instant now = clock.instant();
		String chatId = UpdateHandler.chatId(update);
		String callbackId = update.hasCallbackQuery() ? update.getCallbackQuery().getId() : null;
		Mono<Optional<TelegramOutbox.Row>> firstTime = processed.claim(update.getUpdateId(), now)
			.onErrorMap(TelegramInbox::claimedBefore, AlreadyProcessed::new)
			.then(Mono.defer(() -> handler.handle(update, now)))
			.flatMap(answer -> saysSomething(chatId, answer)
					? outbox.record(chatId, answer, clock.instant()).map(Optional::of)
					: Mono.just(Optional.<TelegramOutbox.Row>empty()));
		return transactions.transactional(firstTime)
			.defaultIfEmpty(Optional.empty())
			.doOnNext(recorded -> replies.afterCommit(callbackId, recorded.orElse(null)))
			.onErrorResume(AlreadyProcessed.class, redelivery -> {
				log.info("Dropped a redelivered Telegram update from {}", LogMasking.mask(chatId));
				return Mono.empty();
			})
			.onErrorResume(failure -> {
				// Nothing was recorded, so the apology has nothing to be consistent with,
				// and the failure is often the database's: it goes straight out.
				log.error("Could not handle a Telegram update from {}", LogMasking.mask(chatId), failure);
				boolean parentWaits = chatId != null && (update.hasMessage() || update.hasCallbackQuery());
				replies.apologize(chatId, callbackId, parentWaits ? apology : List.of());
				return Mono.empty();
			})
			.then();
	}

	private static boolean saysSomething(String chatId, List<Reply> answer) {
		return chatId != null && answer.stream().anyMatch(reply -> !reply.text().isBlank());
	}

	/**
	 * At shutdown (after the server has stopped taking webhooks), gives the replies on
	 * their way a few seconds to go out. Replies not yet handed to the Bot API stay in
	 * the outbox, for another instance's sweep or this one's after a restart.
	 */
	public void close() throws InterruptedException {
		int unfinished = replies.awaitInFlight(SHUTDOWN_WAIT);
		if (unfinished > 0) {
			log.warn("Stopped with {} Telegram sends unfinished; the outbox records them as unknown after the lease",
					unfinished);
		}
	}

	/**
	 * The claim failed because the id is taken, or because a concurrent delivery of it
	 * holds the row longer than the database waits for a lock; either way another
	 * delivery handles it.
	 */
	private static boolean claimedBefore(Throwable failure) {
		return failure instanceof DataIntegrityViolationException
				|| failure instanceof PessimisticLockingFailureException || failure instanceof QueryTimeoutException;
	}

	/** The update id was claimed before: this is a redelivery. */
	static final class AlreadyProcessed extends RuntimeException {

		AlreadyProcessed(Throwable cause) {
			super("The update was processed before", cause, false, false);
		}

	}

}
