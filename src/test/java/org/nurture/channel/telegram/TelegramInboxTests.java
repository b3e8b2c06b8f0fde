package org.nurture.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.reactive.TransactionalOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.nurture.channel.DeliveryOutcome;
import org.nurture.contact.Channel;
import org.nurture.contact.Contacts;
import org.nurture.conversation.ConversationService;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Location;
import org.nurture.conversation.Reply;
import reactor.core.publisher.Mono;

/**
 * What the inbox makes of updates, with the conversation, the database and the Bot API
 * mocked.
 */
class TelegramInboxTests {

	static final long CHAT = 55501234L;

	final ConversationService conversations = mock(ConversationService.class);

	final Contacts contacts = mock(Contacts.class);

	final ProcessedUpdates processed = mock(ProcessedUpdates.class);

	final TelegramOutboundGateway gateway = mock(TelegramOutboundGateway.class);

	final TelegramOutbox outbox = mock(TelegramOutbox.class);

	final TransactionalOperator transactions = mock(TransactionalOperator.class);

	final Clock clock = Clock.fixed(Instant.parse("2026-06-01T14:00:00Z"), ZoneOffset.UTC);

	final TelegramInbox inbox = new TelegramInbox(
			conversations, contacts, processed, outbox, new TelegramReplies(outbox, gateway, clock,
					new SimpleMeterRegistry(), Duration.ofSeconds(5), Duration.ofMinutes(5)),
			transactions, clock, TelegramCommandsTests.TEXTS);

	@BeforeEach
	void setUp() {
		given(transactions.transactional(any(Mono.class))).willAnswer(call -> call.getArgument(0));
		given(processed.claim(anyInt(), any())).willReturn(Mono.empty());
		given(outbox.record(any(), any(), any()))
			.willAnswer(call -> Mono.just(new TelegramOutbox.Row(1, call.getArgument(0), call.getArgument(1))));
		given(outbox.claim(any(), any())).willReturn(Mono.just(true));
		given(outbox.finish(any(), any(), any(), any())).willReturn(Mono.empty());
		given(outbox.nextInChat(any())).willReturn(Mono.empty());
		given(gateway.reply(any(), any())).willReturn(Mono.just(DeliveryOutcome.sent("1")));
		given(gateway.answerCallback(any())).willReturn(Mono.empty());
		given(conversations.handle(any())).willReturn(Mono.just(List.of(Reply.of("ok"))));
	}

	@Test
	void aSharedLocationReachesTheEngineAsALocation() {
		inbox.receive(TelegramJson.update(TelegramUpdates.location(1, CHAT, 42.3601, -71.0589))).block();
		ArgumentCaptor<InboundMessage> message = ArgumentCaptor.forClass(InboundMessage.class);
		verify(conversations).handle(message.capture());
		assertThat(message.getValue().channel()).isEqualTo(Channel.TELEGRAM);
		assertThat(message.getValue().address()).isEqualTo(String.valueOf(CHAT));
		assertThat(message.getValue().location()).isEqualTo(new Location(42.3601, -71.0589));
		assertThat(message.getValue().providerMessageId()).isEqualTo("1");
	}

	@Test
	void theRepliesAreRecordedWithTheUpdateThenSentAndTheirOutcomeRecorded() {
		inbox.receive(TelegramJson.update(TelegramUpdates.text(7, CHAT, "hi"))).block();
		InOrder order = inOrder(processed, conversations, outbox, gateway);
		order.verify(processed).claim(eq(7), any());
		order.verify(conversations).handle(any());
		order.verify(outbox).record(String.valueOf(CHAT), List.of(Reply.of("ok")), clock.instant());
		order.verify(outbox)
			.claim(new TelegramOutbox.Row(1, String.valueOf(CHAT), List.of(Reply.of("ok"))), clock.instant());
		order.verify(gateway).reply(String.valueOf(CHAT), List.of(Reply.of("ok")));
		order.verify(outbox).finish(any(), eq(TelegramOutbox.Status.SENT), isNull(), any());
		order.verify(outbox).nextInChat(String.valueOf(CHAT));
	}

	@Test
	void aReplyWhoseChatHasAnEarlierOneOnItsWayIsLeftToFollowIt() {
		given(outbox.claim(any(), any())).willReturn(Mono.just(false));
		inbox.receive(TelegramJson.update(TelegramUpdates.text(8, CHAT, "hi"))).block();
		verify(outbox).record(any(), any(), any());
		verify(gateway, never()).reply(any(), any());
	}

	@Test
	void aSendWithoutAnAnswerInTimeIsRecordedAsUnknown() {
		given(gateway.reply(any(), any())).willReturn(Mono
			.just(DeliveryOutcome.notSent(DeliveryOutcome.Status.UNKNOWN, null, "no answer from Telegram in time")));
		inbox.receive(TelegramJson.update(TelegramUpdates.text(9, CHAT, "hi"))).block();
		verify(outbox, timeout(1000)).finish(any(), eq(TelegramOutbox.Status.UNKNOWN),
				eq("no answer from Telegram in time"), any());
	}

	@Test
	void nothingToSayRecordsNoReply() {
		given(conversations.handle(any())).willReturn(Mono.just(List.of()));
		inbox.receive(TelegramJson.update(TelegramUpdates.text(10, CHAT, "hi"))).block();
		verify(outbox, never()).record(any(), any(), any());
		verify(gateway, never()).reply(any(), any());
	}

	@Test
	void aRedeliveredUpdateReachesNeitherTheEngineNorTheParent() {
		given(processed.claim(anyInt(), any())).willReturn(Mono.error(new DuplicateKeyException("taken")));
		inbox.receive(TelegramJson.update(TelegramUpdates.text(2, CHAT, "hi"))).block();
		verify(conversations, never()).handle(any());
		verify(gateway, never()).reply(any(), any());
		verify(outbox, never()).record(any(), any(), any());
	}

	@Test
	void whenTheConversationFailsTheParentGetsAnApologyAndTheButtonIsStillAnswered() {
		given(conversations.handle(any())).willReturn(Mono.error(new IllegalStateException("database down")));
		inbox.receive(TelegramJson.update(TelegramUpdates.buttonPressed(3, CHAT, "Oils"))).block();
		verify(gateway, timeout(1000)).answerCallback("4382000000000000003");
		verify(gateway, timeout(1000)).reply(String.valueOf(CHAT), List.of(Reply
			.of("Sorry, Nurture could not answer just now. Please try again in a few minutes. In an emergency, call 911."),
				Reply.of("Perdón, Nurture no pudo responder ahora. Intenta de nuevo en unos minutos."
						+ " En una emergencia, llama al 911.")));
		verify(outbox, never()).record(any(), any(), any());
	}

	@Test
	void aButtonPressedInAGroupIsOnlyAnswered() {
		String update = TelegramUpdates.buttonPressed(4, CHAT, "Oils")
			.replace("\"type\":\"private\"", "\"type\":\"group\"");
		inbox.receive(TelegramJson.update(update)).block();
		verify(gateway, timeout(1000)).answerCallback(any());
		verify(conversations, never()).handle(any());
		verify(gateway, never()).reply(any(), any());
	}

	@Test
	void closingWaitsForRepliesStillOnTheirWay() throws Exception {
		given(gateway.reply(any(), any()))
			.willReturn(Mono.just(DeliveryOutcome.sent("1")).delayElement(Duration.ofMillis(300)));
		inbox.receive(TelegramJson.update(TelegramUpdates.text(6, CHAT, "hi"))).block();
		long started = System.nanoTime();
		inbox.close();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(200));
	}

	@Test
	void onceClosingARecordedReplyIsLeftWaitingForTheNextInstance() throws Exception {
		inbox.close();
		inbox.receive(TelegramJson.update(TelegramUpdates.text(11, CHAT, "hi"))).block();
		verify(outbox).record(any(), any(), any());
		verify(outbox, never()).claim(any(), any());
		verify(gateway, never()).reply(any(), any());
	}

	@Test
	void aBlockDoesNotReachTheEngine() {
		given(contacts.markBlocked(any(), any(), eq(true), any())).willReturn(Mono.just(true));
		inbox.receive(TelegramJson.update(TelegramUpdates.myChatMember(5, CHAT, "member", "kicked"))).block();
		verify(contacts).markBlocked(eq(Channel.TELEGRAM), eq(String.valueOf(CHAT)), eq(true), any());
		verify(conversations, never()).handle(any());
	}

}
