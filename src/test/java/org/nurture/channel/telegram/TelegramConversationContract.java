package org.nurture.channel.telegram;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

import org.nurture.contact.Channel;
import org.nurture.contact.Contacts;
import org.nurture.contact.Reachability;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Telegram conversations end to end: updates posted to the real webhook on a random port,
 * the real content and engine, and the replies read from what reached the (WireMock) Bot
 * API; run against each database the service supports, since redeliveries are guarded
 * there.
 */
abstract class TelegramConversationContract extends TelegramIntegrationSupport {

	@Autowired
	Contacts contacts;

	@Autowired
	DatabaseClient database;

	@LocalServerPort
	int port;

	@Test
	void aParentStartsAsksPressesAButtonSwitchesTopicMidFlowAndStops() {
		long chat = TelegramUpdates.newChat();
		int sent = 0;

		List<JsonNode> welcome = say(chat, "/start", sent);
		sent += welcome.size();
		assertThat(texts(welcome)).contains("Hi, I'm Nurture");
		assertThat(buttons(welcome.get(welcome.size() - 1))).contains("Benefits", "How to start", "Find a class");

		List<JsonNode> question = say(chat, "is massage good for colic", sent);
		sent += question.size();
		assertThat(texts(question)).containsIgnoringCase("colic");

		List<JsonNode> pressed = press(chat, "How to start", sent);
		sent += pressed.size();
		assertThat(texts(pressed)).containsIgnoringCase("how old is your baby");

		List<JsonNode> oil = say(chat, "wat oil shud i use", sent);
		sent += oil.size();
		assertThat(texts(oil)).containsIgnoringCase("sunflower").contains("Reply BACK to return to First massage.");
		assertThat(buttons(oil.get(oil.size() - 1))).contains("Back");

		List<JsonNode> back = press(chat, "Back", sent);
		sent += back.size();
		assertThat(texts(back)).containsIgnoringCase("how old is your baby");

		List<JsonNode> help = say(chat, "/help", sent);
		sent += help.size();
		assertThat(texts(help)).contains("Nurture", "STOP");

		List<JsonNode> stop = say(chat, "/stop", sent);
		sent += stop.size();
		assertThat(texts(stop)).contains("You're unsubscribed");
		assertThat(contacts.reachability(Channel.TELEGRAM, String.valueOf(chat)).block())
			.isEqualTo(Reachability.OPTED_OUT);
		assertThat(consents(chat)).containsExactlyInAnyOrder("HELP:HELP", "OPT_OUT:STOP");

		List<JsonNode> comeBack = say(chat, "/start", sent);
		assertThat(texts(comeBack)).contains("Welcome back");
		assertThat(consents(chat)).contains("OPT_IN:START");
	}

	@Test
	void aSpanishSpeakingParentSwitchesLanguageWithTheLanguageButtons() {
		long chat = TelegramUpdates.newChat();
		List<JsonNode> picker = say(chat, "/language", 0);
		assertThat(buttons(picker.get(0))).containsExactly("English", "Español");
		List<JsonNode> spanish = press(chat, "Español", picker.size());
		assertThat(texts(spanish)).contains("español");
		List<JsonNode> menu = say(chat, "/menu", picker.size() + spanish.size());
		assertThat(texts(menu)).contains("¡Hola, soy Nurture!");
		assertThat(buttons(menu.get(menu.size() - 1))).contains("Beneficios");
	}

	@Test
	void aDeepLinkInSpanishGreetsInSpanish() {
		long chat = TelegramUpdates.newChat();
		List<JsonNode> welcome = say(chat, "/start es", 0);
		assertThat(texts(welcome)).startsWith("¡Hola, soy Nurture!").doesNotContain("De acuerdo");
	}

	@Test
	void anUpdateDeliveredSeveralTimesAtOnceIsHandledOnce() throws Exception {
		long chat = TelegramUpdates.newChat();
		String update = TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat, "/help");
		Flux.range(0, 4)
			.flatMap(attempt -> WebClient.create("http://localhost:" + port)
				.post()
				.uri(TelegramWebhook.PATH)
				.header(TelegramWebhook.SECRET_HEADER, SECRET)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(update)
				.retrieve()
				.toBodilessEntity())
			.collectList()
			.block(Duration.ofSeconds(20))
			.forEach(response -> assertThat(response.getStatusCode().value()).isEqualTo(200));
		awaitReplies(chat, 0);
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(sentTo(chat)).hasSize(1));
		assertThat(consents(chat)).containsExactly("HELP:HELP");
	}

	private List<JsonNode> say(long chat, String text, int before) {
		post(TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat, text)).expectStatus().isOk();
		return awaitReplies(chat, before);
	}

	private List<JsonNode> press(long chat, String data, int before) {
		post(TelegramUpdates.buttonPressed(TelegramUpdates.nextUpdateId(), chat, data)).expectStatus().isOk();
		return awaitReplies(chat, before);
	}

	private static List<String> buttons(JsonNode message) {
		return message.at("/reply_markup/inline_keyboard")
			.valueStream()
			.map(row -> row.get(0).get("callback_data").asString())
			.toList();
	}

	private List<String> consents(long chat) {
		return database
			.sql("SELECT e.consent, e.keyword FROM consent_event e JOIN contact c ON c.id = e.contact_id"
					+ " WHERE c.channel = 'TELEGRAM' AND c.address = :address")
			.bind("address", String.valueOf(chat))
			.map(row -> row.get("consent", String.class) + ":" + row.get("keyword", String.class))
			.all()
			.collectList()
			.block();
	}

}
