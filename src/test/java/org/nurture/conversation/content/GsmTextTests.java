package org.nurture.conversation.content;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GsmTextTests {

	@Test
	void oneSmsHolds160CharactersAndEachPartOfALongerOne153() {
		assertThat(GsmText.segments(160)).isEqualTo(1);
		assertThat(GsmText.segments(161)).isEqualTo(2);
		assertThat(GsmText.segments(306)).isEqualTo(2);
		assertThat(GsmText.segments(459)).isEqualTo(3);
		assertThat(GsmText.segments(460)).isEqualTo(4);
	}

	@Test
	void extensionCharactersCountTwice() {
		assertThat(GsmText.septets("a{b}€")).isEqualTo(1 + 2 + 1 + 2 + 2);
	}

	@Test
	void spanishNeedsNoUnicode() {
		String spanish = "¿Cuántos días tiene? ¡Qué niño! Pingüino, está él aquí, acción, útil";
		assertThat(GsmText.unicodeOnly(spanish)).isEmpty();
		assertThat(GsmText.septets("áíóú")).isEqualTo(4);
	}

	@Test
	void typographicPunctuationHasAPlainEquivalentAndEmojiHasNone() {
		assertThat(GsmText.unicodeOnly("It’s “fine” — really…\u00A0ok 👶")).containsExactly(Map.entry("’", "'"),
				Map.entry("“", "\""), Map.entry("”", "\""), Map.entry("—", "-"), Map.entry("…", "..."),
				Map.entry("\u00A0", " "), Map.entry("👶", ""));
	}

	@Test
	void lengthIsCountedAsTheTextWillBeSentOncePlain() {
		assertThat(GsmText.septets("wait…")).isEqualTo(7);
	}

}
