package org.nurture.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.nurture.contact.Channel;
import org.nurture.contact.Contacts;
import org.nurture.contact.Reachability;

/**
 * The webhook's checks and each kind of update, through the real server, with WireMock as
 * the Bot API.
 */
class TelegramWebhookTests extends TelegramIntegrationSupport {

	@Autowired
	Contacts contacts;

	@Test
	void registersTheWebhookWithItsSecretAndTheCommandsInBothLanguagesAtStartup() {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			telegram.verify(postRequestedFor(urlPathEqualTo(BotApiResponses.path("setWebhook")))
				.withRequestBody(matchingJsonPath("$.url", equalTo("https://nurture.example.org/webhooks/telegram")))
				.withRequestBody(matchingJsonPath("$.secret_token", equalTo(SECRET)))
				.withRequestBody(matchingJsonPath("$.allowed_updates[2]", equalTo("my_chat_member"))));
			telegram.verify(postRequestedFor(urlPathEqualTo(BotApiResponses.path("setMyCommands")))
				.withRequestBody(matchingJsonPath("$.language_code", equalTo("es")))
				.withRequestBody(matchingJsonPath("$.commands[0].command", equalTo("start"))));
		});
	}

	@Test
	void rejectsAMissingOrWrongSecretToken() {
		String update = TelegramUpdates.text(TelegramUpdates.nextUpdateId(), TelegramUpdates.newChat(), "hi");
		client.post()
			.uri(TelegramWebhook.PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(update)
			.exchange()
			.expectStatus()
			.isForbidden();
		client.post()
			.uri(TelegramWebhook.PATH)
			.header(TelegramWebhook.SECRET_HEADER, SECRET + "x")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(update)
			.exchange()
			.expectStatus()
			.isForbidden();
		client.post()
			.uri(TelegramWebhook.PATH)
			.header(TelegramWebhook.SECRET_HEADER, "")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(update)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void rejectsWhatIsNotAnUpdate() {
		post("{\"update_id\": ").expectStatus().isBadRequest();
		post("[]").expectStatus().isBadRequest();
		post("{}").expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("update_id"));
		post("").expectStatus().isBadRequest();
		client.post()
			.uri(TelegramWebhook.PATH)
			.header(TelegramWebhook.SECRET_HEADER, SECRET)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("update_id=1")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
		String huge = "{\"update_id\":1,\"message\":{\"text\":\"" + "a".repeat(70_000) + "\"}}";
		post(huge).expectStatus().isEqualTo(413);
	}

	@Test
	void anUpdateTheLibraryCannotReadIsAcknowledgedSoTelegramDoesNotSendItAgain() {
		post("{\"update_id\":" + TelegramUpdates.nextUpdateId() + ",\"message\":{\"message_id\":1,"
				+ "\"date\":1780322400,\"chat\":{\"id\":\"not a number\",\"type\":\"private\"}}}")
			.expectStatus()
			.isOk();
	}

	@Test
	void aTextMessageIsAnsweredThroughTheBotApi() {
		long chat = TelegramUpdates.newChat();
		post(TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat, "hi")).expectStatus().isOk();
		String answer = texts(awaitReplies(chat, 0));
		assertThat(answer).contains("Nurture");
		assertThat(sentTo(chat).get(sentTo(chat).size() - 1)
			.at("/reply_markup/inline_keyboard/0/0/callback_data")
			.asString()).isEqualTo("Benefits");
	}

	@Test
	void aRepeatedUpdateIdIsIgnored() throws Exception {
		long chat = TelegramUpdates.newChat();
		String update = TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat, "what oil should i use");
		post(update).expectStatus().isOk();
		int first = awaitReplies(chat, 0).size();
		post(update).expectStatus().isOk();
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(sentTo(chat)).hasSize(first));
	}

	@Test
	void aButtonPressIsAnsweredAndGoesToTheEngineAsItsLabel() {
		long chat = TelegramUpdates.newChat();
		post(TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat, "/start")).expectStatus().isOk();
		awaitReplies(chat, 0);
		int updateId = TelegramUpdates.nextUpdateId();
		post(TelegramUpdates.buttonPressed(updateId, chat, "How to start")).expectStatus().isOk();
		assertThat(texts(awaitReplies(chat, 1))).containsIgnoringCase("how old is your baby");
		telegram.verify(postRequestedFor(urlPathEqualTo(BotApiResponses.path("answercallbackquery"))).withRequestBody(
				matchingJsonPath("$.callback_query_id", equalTo(String.valueOf(4382000000000000000L + updateId)))));
	}

	@Test
	void stickersPhotosAndVoiceNotesGetTheOnlyTextAnswerAndACaptionIsRead() {
		long chat = TelegramUpdates.newChat();
		post(TelegramUpdates.sticker(TelegramUpdates.nextUpdateId(), chat)).expectStatus().isOk();
		assertThat(texts(awaitReplies(chat, 0))).contains("I can only read text");
		post(TelegramUpdates.voice(TelegramUpdates.nextUpdateId(), chat)).expectStatus().isOk();
		assertThat(texts(awaitReplies(chat, 1))).contains("I can only read text");
		post(TelegramUpdates.photo(TelegramUpdates.nextUpdateId(), chat, null)).expectStatus().isOk();
		assertThat(texts(awaitReplies(chat, 2))).contains("I can only read text");
		post(TelegramUpdates.photo(TelegramUpdates.nextUpdateId(), chat, "what oil should i use")).expectStatus()
			.isOk();
		assertThat(texts(awaitReplies(chat, 3))).containsIgnoringCase("sunflower");
	}

	@Test
	void aSharedLocationIsAnswered() {
		long chat = TelegramUpdates.newChat();
		post(TelegramUpdates.location(TelegramUpdates.nextUpdateId(), chat, 42.3601, -71.0589)).expectStatus().isOk();
		assertThat(awaitReplies(chat, 0)).isNotEmpty();
	}

	@Test
	void editedMessagesAndGroupChatsAreAcknowledgedAndLeftAlone() throws Exception {
		long chat = TelegramUpdates.newChat();
		post(TelegramUpdates.edited(TelegramUpdates.nextUpdateId(), chat, "what oil should i use")).expectStatus()
			.isOk();
		long group = -1_001_234_567_890L;
		post(TelegramUpdates.groupText(TelegramUpdates.nextUpdateId(), group, "hi")).expectStatus().isOk();
		post("{\"update_id\":" + TelegramUpdates.nextUpdateId() + ",\"poll\":{\"id\":\"5\",\"question\":\"?\","
				+ "\"options\":[],\"total_voter_count\":0,\"is_closed\":false,\"is_anonymous\":true,"
				+ "\"type\":\"regular\",\"allows_multiple_answers\":false}}")
			.expectStatus()
			.isOk();
		post("{\"update_id\":" + TelegramUpdates.nextUpdateId() + ",\"some_future_kind\":{\"x\":1}}").expectStatus()
			.isOk();
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(sentTo(chat)).isEmpty();
			assertThat(sentTo(group)).isEmpty();
		});
	}

	@Test
	void blockingAndUnblockingTheBotMarkTheContact() {
		long chat = TelegramUpdates.newChat();
		String address = String.valueOf(chat);
		post(TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat, "hi")).expectStatus().isOk();
		awaitReplies(chat, 0);
		post(TelegramUpdates.myChatMember(TelegramUpdates.nextUpdateId(), chat, "member", "kicked")).expectStatus()
			.isOk();
		assertThat(contacts.reachability(Channel.TELEGRAM, address).block()).isEqualTo(Reachability.BLOCKED);
		post(TelegramUpdates.myChatMember(TelegramUpdates.nextUpdateId(), chat, "kicked", "member")).expectStatus()
			.isOk();
		assertThat(contacts.reachability(Channel.TELEGRAM, address).block()).isEqualTo(Reachability.REACHABLE);
	}

	@Test
	void aReplyRefusedAsBlockedMarksTheContactBlocked() {
		long chat = TelegramUpdates.newChat();
		telegram.stubFor(WireMock.post(urlPathEqualTo(BotApiResponses.path("sendmessage")))
			.withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chat))))
			.atPriority(1)
			.willReturn(BotApiResponses.blocked()));
		post(TelegramUpdates.text(TelegramUpdates.nextUpdateId(), chat, "hi")).expectStatus().isOk();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> contacts.reachability(Channel.TELEGRAM, String.valueOf(chat)).block() == Reachability.BLOCKED);
	}

}
