package org.nurture.channel.web;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.nurture.channel.RequestBodies;
import org.nurture.contact.Channel;
import org.nurture.conversation.ConversationService;
import org.nurture.conversation.InboundMessage;
import org.nurture.conversation.Reply;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web chat's API: one message in, Nurture's replies out. */
@RestController
class ChatController {

	static final String PATH = "/api/chat";

	static final int MAX_TEXT_LENGTH = 1000;

	static final int MAX_BODY = 64 * 1024;

	private static final String SHAPE = "the body must be JSON like {\"conversationId\": \"...\", \"text\": \"...\"}";

	private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private final ConversationService conversations;

	private final Clock clock;

	private final JsonMapper json;

	ChatController(ConversationService conversations, Clock clock, JsonMapper json) {
		this.conversations = conversations;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * Reads the body itself rather than through a codec, so that every malformed request
	 * gets the same clear answer: 415 for another content type, 413 over
	 * {@value #MAX_BODY} bytes, 400 for bad JSON or fields.
	 */
	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ChatResponse> chat(ServerHttpRequest request) {
		return RequestBodies.read(request, MediaType.APPLICATION_JSON, MAX_BODY).map(this::parse).flatMap(chat -> {
			validate(chat);
			return conversations
				.handle(new InboundMessage(Channel.WEB, chat.conversationId(), chat.text(), clock.instant(), null));
		}).map(ChatResponse::of);
	}

	/** The request, its fields strings as written: {@code "text": 123} is not a text. */
	private ChatRequest parse(String body) {
		JsonNode tree;
		try {
			tree = json.readTree(body);
		}
		catch (JacksonException notJson) {
			throw new InvalidChatRequest(SHAPE);
		}
		if (tree == null || !tree.isObject()) {
			throw new InvalidChatRequest(SHAPE);
		}
		return new ChatRequest(string(tree, "conversationId"), string(tree, "text"));
	}

	/** The field's text, null when it is missing or null; any other kind is refused. */
	private static String string(JsonNode tree, String field) {
		JsonNode value = tree.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new InvalidChatRequest(field + " must be a string");
		}
		return value.stringValue();
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
			return new ChatResponse(
					replies.stream().map(reply -> new ReplyView(reply.text(), reply.choices())).toList());
		}
	}

	record ReplyView(String text, List<String> choices) {
	}

}
