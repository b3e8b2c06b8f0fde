package org.nurture.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Jackson 2, kept private to the Telegram adapter: the TelegramBots types carry Jackson 2 annotations, while the rest
 * of the service (and Spring Boot 4) uses Jackson 3. Never a bean, so it cannot change how anything else is read.
 */
final class TelegramJson {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private TelegramJson() {
	}

	/** The update in a webhook body; {@link MalformedUpdate} when it is not one. */
	static Update update(String json) {
		try {
			Update update = MAPPER.readValue(json, Update.class);
			if (update == null || update.getUpdateId() == null) {
				throw new MalformedUpdate("update_id is missing");
			}
			return update;
		}
		catch (JsonProcessingException notAnUpdate) {
			throw new MalformedUpdate("the body is not a Telegram Update (JSON object with update_id)");
		}
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

	/** The body is not a Telegram update. */
	static final class MalformedUpdate extends RuntimeException {

		MalformedUpdate(String message) {
			super(message, null, false, false);
		}
	}
}
