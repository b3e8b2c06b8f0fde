package org.nurture.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import org.nurture.conversation.golden.GoldenConversation;
import org.nurture.conversation.golden.GoldenConversations;
import org.nurture.conversation.golden.GoldenTurn;

/**
 * What the load harness's contacts text, one script each, over and over: the user turns
 * of a golden conversation ({@code conversations/tests}) or one realistic message of the
 * understanding accuracy set. The engine benchmark walks the same scripts, so that the
 * engine alone is measured on the traffic the service is loaded with.
 */
public final class TrafficScripts {

	private TrafficScripts() {
	}

	/**
	 * The golden conversations' user turns, then each accuracy message as a script of its
	 * own.
	 */
	public static List<List<String>> load(Path content) {
		List<List<String>> scripts = new ArrayList<>();
		for (GoldenConversation conversation : GoldenConversations.load(content.resolve("tests"))) {
			List<String> said = new ArrayList<>();
			for (GoldenTurn turn : conversation.turns()) {
				said.add(turn.user());
			}
			scripts.add(said);
		}
		for (String message : accuracyMessages()) {
			scripts.add(List.of(message));
		}
		return scripts;
	}

	@SuppressWarnings("unchecked")
	private static List<String> accuracyMessages() {
		try (InputStream in = TrafficScripts.class.getResourceAsStream("/accuracy/messages.yml")) {
			if (in == null) {
				return List.of();
			}
			Map<String, Object> root = new Yaml().load(in);
			List<String> texts = new ArrayList<>();
			for (Map<String, String> message : (List<Map<String, String>>) root.get("messages")) {
				texts.add(message.get("text"));
			}
			return texts;
		}
		catch (IOException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

}
