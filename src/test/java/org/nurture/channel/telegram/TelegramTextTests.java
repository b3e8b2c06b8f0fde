package org.nurture.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.nurture.conversation.Reply;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

class TelegramTextTests {

	@Test
	void aShortReplyIsOneMessageWithItsChoicesAsInlineButtons() {
		List<SendMessage> messages = TelegramText.messages("42",
				new Reply("What would you like to know?", List.of("Benefits", "How to start")));
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).getChatId()).isEqualTo("42");
		assertThat(messages.get(0).getParseMode()).as("plain text: nothing in the content can break it").isNull();
		InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) messages.get(0).getReplyMarkup();
		assertThat(keyboard.getKeyboard()).hasSize(2);
		assertThat(keyboard.getKeyboard().get(1).get(0).getText()).isEqualTo("How to start");
		assertThat(keyboard.getKeyboard().get(1).get(0).getCallbackData()).isEqualTo("How to start");
	}

	@Test
	void aLabelOverSixtyFourBytesSendsItsNumberInstead() {
		String accented = "Cuándo no dar masaje ".repeat(4);
		assertThat(TelegramText.callbackData(accented, 3)).isEqualTo("3");
		assertThat(TelegramText.callbackData("Cuándo no dar masaje", 3)).isEqualTo("Cuándo no dar masaje");
	}

	@Test
	void aLongReplyIsSplitAtSentencesWithinTheLimitAndTheButtonsGoUnderTheLastPart() {
		String sentence = "Massage your baby gently, with warm hands and a calm voice. ";
		String text = sentence.repeat(150);
		List<SendMessage> messages = TelegramText.messages("42", new Reply(text, List.of("Back")));
		assertThat(messages).hasSizeGreaterThan(2);
		for (SendMessage message : messages) {
			assertThat(message.getText().length()).isLessThanOrEqualTo(TelegramText.MAX_LENGTH);
			assertThat(message.getText()).endsWith(".");
		}
		assertThat(messages.subList(0, messages.size() - 1)).allMatch(message -> message.getReplyMarkup() == null);
		assertThat(messages.get(messages.size() - 1).getReplyMarkup()).isNotNull();
		assertThat(String.join(" ", messages.stream().map(SendMessage::getText).toList())).isEqualTo(text.strip());
	}

	@Test
	void textWithoutSpacesIsCutAtTheLimitWithoutBreakingAnEmoji() {
		String text = "a".repeat(4095) + "\uD83D\uDC76" + "b".repeat(10);
		List<String> parts = TelegramText.split(text, TelegramText.MAX_LENGTH);
		assertThat(parts.get(0)).hasSize(4095);
		assertThat(parts.get(1)).startsWith("\uD83D\uDC76");
		assertThat(String.join("", parts)).isEqualTo(text);
	}

	@Test
	void paragraphsAreKeptWholeWhenTheyFit() {
		String paragraph = "word ".repeat(500).strip();
		List<String> parts = TelegramText.split(paragraph + "\n\n" + paragraph, TelegramText.MAX_LENGTH);
		assertThat(parts).containsExactly(paragraph, paragraph);
	}

}
