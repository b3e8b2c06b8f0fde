package org.nurture.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
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

	final TransactionalOperator transactions = mock(TransactionalOperator.class);

	final TelegramInbox inbox = new TelegramInbox(conversations, contacts, processed, gateway, transactions,
			Clock.fixed(Instant.parse("2026-06-01T14:00:00Z"), ZoneOffset.UTC), TelegramCommandsTests.TEXTS);

	@BeforeEach
	void setUp() {
		given(transactions.transactional(any(Mono.class))).willAnswer(call -> call.getArgument(0));
		given(processed.claim(anyInt(), any())).willReturn(Mono.empty());
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
	void aRedeliveredUpdateReachesNeitherTheEngineNorTheParent() {
		given(processed.claim(anyInt(), any())).willReturn(Mono.error(new DuplicateKeyException("taken")));
		inbox.receive(TelegramJson.update(TelegramUpdates.text(2, CHAT, "hi"))).block();
		verify(conversations, never()).handle(any());
		verify(gateway, never()).reply(any(), any());
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
	void aBlockDoesNotReachTheEngine() {
		given(contacts.markBlocked(any(), any(), eq(true), any())).willReturn(Mono.just(true));
		inbox.receive(TelegramJson.update(TelegramUpdates.myChatMember(5, CHAT, "member", "kicked"))).block();
		verify(contacts).markBlocked(eq(Channel.TELEGRAM), eq(String.valueOf(CHAT)), eq(true), any());
		verify(conversations, never()).handle(any());
	}

}
