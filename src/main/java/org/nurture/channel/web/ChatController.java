package org.nurture.channel.web;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.nurture.channel.Channel;
import org.nurture.channel.InboundMessage;
import org.nurture.channel.Reply;
import org.nurture.conversation.ConversationService;
import reactor.core.publisher.Mono;

/** The web chat's API: one message in, Nurture's replies out. */
@RestController
class ChatController {

	static final int MAX_TEXT_LENGTH = 1000;

	private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private final ConversationService conversations;

	private final Clock clock;

	ChatController(ConversationService conversations, Clock clock) {
		this.conversations = conversations;
		this.clock = clock;
	}

	@PostMapping(path = "/api/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ChatResponse> chat(@RequestBody ChatRequest request) {
		validate(request);
		InboundMessage message = new InboundMessage(Channel.WEB, request.conversationId(), request.text(),
				clock.instant(), null);
		return conversations.handle(message).map(ChatResponse::of);
	}

	private static void validate(ChatRequest request) {
		if (request.conversationId() == null || request.conversationId().isBlank()) {
			throw new InvalidChatRequest("conversationId is required");
		}
		if (!CONVERSATION_ID.matcher(request.conversationId()).matches()) {
			throw new InvalidChatRequest(
					"conversationId must be 8 to 64 letters, digits, '-' or '_' (for example a UUID)");
		}
		if (request.text() == null) {
			throw new InvalidChatRequest("text is required");
		}
		if (request.text().length() > MAX_TEXT_LENGTH) {
			throw new InvalidChatRequest("text must be at most " + MAX_TEXT_LENGTH + " characters");
		}
	}

	record ChatRequest(String conversationId, String text) {
	}

	record ChatResponse(List<ReplyView> replies) {

		static ChatResponse of(List<Reply> replies) {
			return new ChatResponse(replies.stream().map(reply -> new ReplyView(reply.text(), reply.choices())).toList());
		}
	}

	record ReplyView(String text, List<String> choices) {
	}
}
