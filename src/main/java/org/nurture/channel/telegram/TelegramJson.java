package org.nurture.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Jackson 2, kept private to the Telegram adapter: the TelegramBots types carry Jackson 2
 * annotations, while the rest of the service (and Spring Boot 4) uses Jackson 3. Never a
 * bean, so it cannot change how anything else is read.
 */
final class TelegramJson {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private TelegramJson() {
	}

	/**
	 * The update in a webhook body: {@link MalformedUpdate} when the body is not JSON
	 * with an {@code update_id}, and {@link UnreadableUpdate} when it is one the
	 * TelegramBots types cannot represent (a shape newer than the library), which
	 * Telegram should not be asked to send again.
	 */
	static Update update(String json) {
		JsonNode tree;
		try {
			tree = MAPPER.readTree(json);
		}
		catch (JsonProcessingException notJson) {
			throw new MalformedUpdate("the body is not JSON");
		}
		if (tree == null || !tree.isObject()) {
			throw new MalformedUpdate("the body is not a JSON object");
		}
		JsonNode updateId = tree.get("update_id");
		if (updateId == null || !updateId.canConvertToInt()) {
			throw new MalformedUpdate("update_id is missing or not a number");
		}
		try {
			return MAPPER.treeToValue(tree, Update.class);
		}
		catch (JsonProcessingException | IllegalArgumentException unexpectedShape) {
			throw new UnreadableUpdate(updateId.intValue(), unexpectedShape);
		}
	}

	/**
	 * The {@code result} of a successful Bot API answer, as JSON text; empty for an error
	 * or anything else.
	 */
	static Optional<String> okResult(String answer) {
		try {
			JsonNode tree = MAPPER.readTree(answer);
			if (tree != null && tree.path("ok").asBoolean(false) && tree.has("result")) {
				return Optional.of(tree.get("result").toString());
			}
			return Optional.empty();
		}
		catch (JsonProcessingException notJson) {
			return Optional.empty();
		}
	}

	/**
	 * The updates of a {@code getUpdates} result, each read on its own: one that the
	 * types cannot read comes back with its id only, so the poll can go past it.
	 */
	static List<Polled> updates(String result) {
		List<Polled> updates = new ArrayList<>();
		try {
			for (JsonNode element : MAPPER.readTree(result)) {
				try {
					updates.add(new Polled(element.path("update_id").asInt(), update(element.toString())));
				}
				catch (UnreadableUpdate | MalformedUpdate unreadable) {
					updates.add(new Polled(element.path("update_id").asInt(), null));
				}
			}
		}
		catch (JsonProcessingException impossible) {
			throw new MalformedUpdate("the getUpdates result is not JSON");
		}
		return updates;
	}

	/**
	 * An update from {@code getUpdates}; {@code update} is null when it could not be
	 * read.
	 */
	record Polled(int updateId, Update update) {
	}

	/** A Bot API method's parameters as the JSON body of its call. */
	static String write(Object method) {
		try {
			return MAPPER.writeValueAsString(method);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException("Could not write a " + method.getClass().getSimpleName(), impossible);
		}
	}

	/**
	 * A Telegram update, by its {@code update_id}, that does not fit the library's types.
	 */
	static final class UnreadableUpdate extends RuntimeException {

		private final int updateId;

		UnreadableUpdate(int updateId, Throwable cause) {
			super("update " + updateId + " does not fit the TelegramBots types", cause, false, false);
			this.updateId = updateId;
		}

		int updateId() {
			return updateId;
		}

	}

	/** The body is not a Telegram update. */
	static final class MalformedUpdate extends RuntimeException {

		MalformedUpdate(String message) {
			super(message, null, false, false);
		}

	}

}
