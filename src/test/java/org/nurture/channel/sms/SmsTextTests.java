package org.nurture.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SmsTextTests {

	@Test
	void typographicPunctuationBecomesGsmLookAlikes() {
		String normalized = SmsText.normalize("It\u2019s \u201Cgentle\u201D \u2013 slow\u2026\u00A0ok");
		assertThat(normalized).isEqualTo("It's \"gentle\" - slow... ok");
		assertThat(SmsText.isGsm(normalized)).isTrue();
	}

	@Test
	void controlCharactersAndZeroWidthSpacesAreDropped() {
		assertThat(SmsText.normalize("a\u0007b\u200Bc\r\nd\te")).isEqualTo("abc\nd e");
	}

	@Test
	void spanishVowelsGsmLacksLoseTheirAccentSoSpanishStaysGsm() {
		String normalized = SmsText.normalize("¿Cómo está tu bebé? Sí, un poquito más. ÁNIMO, mamá");
		assertThat(normalized).isEqualTo("¿Como esta tu bebé? Si, un poquito mas. ANIMO, mama");
		assertThat(SmsText.isGsm(normalized)).isTrue();
	}

	@Test
	void spanishWithGsmAccentsStaysGsm() {
		assertThat(SmsText.isGsm("¿Qué? ¡Señal! niño")).isTrue();
	}

	@Test
	void accentsOutsideGsmAndEmojiMakeTheMessageUcs2() {
		assertThat(SmsText.isGsm("Cómo")).isFalse();
		assertThat(SmsText.isGsm("hi 👶")).isFalse();
	}

	@Test
	void countsGsmSegmentsAsCarriersBillThem() {
		assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
		assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
		assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
		assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
	}

	@Test
	void extensionCharactersCountTwice() {
		assertThat(SmsText.segments("€".repeat(80))).isEqualTo(1);
		assertThat(SmsText.segments("€".repeat(81))).isEqualTo(2);
	}

	@Test
	void countsUcs2SegmentsInUtf16Units() {
		assertThat(SmsText.segments("ó".repeat(70))).isEqualTo(1);
		assertThat(SmsText.segments("ó".repeat(71))).isEqualTo(2);
		assertThat(SmsText.segments("👶".repeat(35))).isEqualTo(1);
		assertThat(SmsText.segments("👶".repeat(36))).isEqualTo(2);
	}

	@Test
	void shortTextIsOneMessage() {
		assertThat(SmsText.split("Hello there. How are you?", 3)).containsExactly("Hello there. How are you?");
	}

	@Test
	void longTextIsSplitAtSentenceBoundariesWithinTheSegmentLimit() {
		String sentence = "Massage your baby gently with warm hands and watch how your baby responds to you. ";
		String text = sentence.repeat(12).strip();
		List<String> messages = SmsText.split(text, 3);
		assertThat(messages).hasSizeGreaterThan(1);
		assertThat(messages).allSatisfy(message -> {
			assertThat(SmsText.segments(message)).isLessThanOrEqualTo(3);
			assertThat(message).endsWith("you.");
			assertThat(message).startsWith("Massage");
		});
		assertThat(String.join(" ", messages)).isEqualTo(text);
	}

	@Test
	void aSentenceLongerThanAMessageIsSplitAtWords() {
		String text = "word ".repeat(200).strip();
		List<String> messages = SmsText.split(text, 1);
		assertThat(messages).allSatisfy(message -> {
			assertThat(message.length()).isLessThanOrEqualTo(160);
			assertThat(message).doesNotStartWith(" ").doesNotEndWith(" ").matches("(word ?)+");
		});
		assertThat(String.join(" ", messages)).isEqualTo(text);
	}

	@Test
	void aWordLongerThanAMessageIsCutWithoutBreakingAnEmoji() {
		String text = "👶".repeat(100);
		List<String> messages = SmsText.split(text, 1);
		assertThat(messages).allSatisfy(message -> {
			assertThat(SmsText.segments(message)).isEqualTo(1);
			assertThat(Character.isLowSurrogate(message.charAt(0))).isFalse();
		});
		assertThat(String.join("", messages)).isEqualTo(text);
	}

	@Test
	void spanishUcs2TextIsSplitAtTheUcs2Limit() {
		String sentence = "Cómo empezar el masaje con tu bebé, despacio y con calma. ";
		List<String> messages = SmsText.split(sentence.repeat(10).strip(), 3);
		assertThat(messages).hasSizeGreaterThan(1)
			.allSatisfy(message -> assertThat(message.length()).isLessThanOrEqualTo(3 * 67));
	}

	@Test
	void linesStayWholeWhenSplitting() {
		String text = "A question with some choices for you to pick from today.\n" + "1. Benefits\n".repeat(40).strip();
		List<String> messages = SmsText.split(text, 1);
		assertThat(messages).allSatisfy(message -> assertThat(message.split("\n")).allSatisfy(line -> assertThat(line)
			.isIn("A question with some choices for you to pick from today.", "1. Benefits")));
	}

}
