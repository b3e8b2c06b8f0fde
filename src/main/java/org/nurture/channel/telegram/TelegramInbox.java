package org.nurture.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
 * its {@code update_id} and what it changes (the conversation, a blocked contact) happen
 * in one transaction, so a redelivery, on this instance or another, finds the claim and
 * is dropped, and a failure leaves no claim behind. The replies are sent after the
 * transaction, in the background, so the webhook answers Telegram at once. What each kind
 * of update asks is {@link UpdateHandler}'s.
 */
final class TelegramInbox {

	private static final Logger log = LoggerFactory.getLogger(TelegramInbox.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

	private final AtomicInteger sending = new AtomicInteger();

	private final ProcessedUpdates processed;

	private final TelegramOutboundGateway gateway;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final UpdateHandler handler;

	/**
	 * When the conversation failed; the language may not be known at that point, so it is
	 * said in every one.
	 */
	private final List<Reply> apology;

	TelegramInbox(ConversationService conversations, Contacts contacts, ProcessedUpdates processed,
			TelegramOutboundGateway gateway, TransactionalOperator transactions, Clock clock, ChannelTexts texts) {
		this.handler = new UpdateHandler(conversations, contacts, new TelegramCommands(texts));
		this.apology = texts.apology();
		this.processed = processed;
		this.gateway = gateway;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Completes once the update is recorded; its replies are on their way by then. Never
	 * errors.
	 */
	Mono<Void> receive(Update update) {
		Instant now = clock.instant();
		String chatId = UpdateHandler.chatId(update);
		String callbackId = update.hasCallbackQuery() ? update.getCallbackQuery().getId() : null;
		Mono<List<Reply>> firstTime = processed.claim(update.getUpdateId(), now)
			.onErrorMap(TelegramInbox::claimedBefore, AlreadyProcessed::new)
			.then(Mono.defer(() -> handler.handle(update, now)));
		return transactions.transactional(firstTime)
			.defaultIfEmpty(List.of())
			.doOnNext(replies -> sendInBackground(chatId, callbackId, replies))
			.onErrorResume(AlreadyProcessed.class, redelivery -> {
				log.info("Dropped a redelivered Telegram update from {}", LogMasking.mask(chatId));
				return Mono.empty();
			})
			.onErrorResume(failure -> {
				log.error("Could not handle a Telegram update from {}", LogMasking.mask(chatId), failure);
				boolean parentWaits = chatId != null && (update.hasMessage() || update.hasCallbackQuery());
				sendInBackground(chatId, callbackId, parentWaits ? apology : List.of());
				return Mono.empty();
			})
			.then();
	}

	private void sendInBackground(String chatId, String callbackId, List<Reply> replies) {
		Mono<Void> answer = callbackId == null ? Mono.empty() : gateway.answerCallback(callbackId);
		Mono<?> send = chatId == null || replies.isEmpty() ? Mono.empty() : gateway.reply(chatId, replies);
		sending.incrementAndGet();
		answer.then(send)
			.doFinally(signal -> sending.decrementAndGet())
			.subscribe(null, failure -> log.error("Could not send replies to Telegram chat {}", LogMasking.mask(chatId),
					failure));
	}

	/**
	 * At shutdown (after the server has stopped taking webhooks), gives the replies still
	 * on their way a few seconds to go out, since Telegram will not send their updates
	 * again.
	 */
	public void close() throws InterruptedException {
		long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
		while (sending.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		if (sending.get() > 0) {
			log.warn("Stopped with {} Telegram replies unsent", sending.get());
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
