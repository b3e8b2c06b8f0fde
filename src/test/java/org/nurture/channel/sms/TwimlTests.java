package org.nurture.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.nurture.conversation.Reply;

class TwimlTests {

	@Test
	void eachReplyIsAMessage() throws Exception {
		String twiml = Twiml.render(List.of(Reply.of("First."), Reply.of("Second.")));
		assertThat(messages(twiml)).containsExactly("First.", "Second.");
	}

	@Test
	void choicesAreANumberedList() throws Exception {
		String twiml = Twiml.render(List.of(new Reply("What would you like to know?", List.of("Benefits", "Oils"))));
		assertThat(messages(twiml)).containsExactly("What would you like to know?\n1. Benefits\n2. Oils");
	}

	@Test
	void textIsEscapedAsXmlNeeds() throws Exception {
		String text = "Use <b>oil</b> & \"warm\" hands ]]> 'ok'";
		String twiml = Twiml.render(List.of(Reply.of(text)));
		assertThat(twiml).doesNotContain("<b>");
		assertThat(messages(twiml)).containsExactly(text);
	}

	@Test
	void punctuationIsMadeGsmSafe() throws Exception {
		assertThat(messages(Twiml.render(List.of(Reply.of("It\u2019s fine \u2014 really\u2026")))))
			.containsExactly("It's fine - really...");
	}

	@Test
	void aLongReplyBecomesSeveralMessagesOfAtMostThreeSegments() throws Exception {
		String text = "Stroke your baby's legs slowly, from the thigh to the foot, with a gentle milking motion. "
			.repeat(10);
		List<String> messages = messages(Twiml.render(List.of(Reply.of(text))));
		assertThat(messages).hasSize(2)
			.allSatisfy(message -> assertThat(SmsText.segments(message)).isLessThanOrEqualTo(Twiml.MAX_SEGMENTS));
	}

	@Test
	void noRepliesIsAnEmptyResponse() throws Exception {
		assertThat(Twiml.render(List.of())).isEqualTo(Twiml.EMPTY).endsWith("<Response/>");
		assertThat(messages(Twiml.EMPTY)).isEmpty();
	}

	static List<String> messages(String twiml) throws Exception {
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(twiml)));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("Response");
		NodeList nodes = document.getElementsByTagName("Message");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

}
