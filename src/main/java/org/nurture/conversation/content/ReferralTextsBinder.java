package org.nurture.conversation.content;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nurture.text.TextFolding;

/** Binds {@code referrals.yml}. */
final class ReferralTextsBinder {

	private ReferralTextsBinder() {
	}

	static ReferralTexts bind(YamlNode root) {
		Map<ReferralText, LocalizedText> texts = new EnumMap<>(ReferralText.class);
		for (ReferralText text : ReferralText.values()) {
			LexiconBinder.node(root, text.path()).ifPresent(node -> texts.put(text, Bind.text(node)));
		}
		Map<Language, List<String>> moreWords = new EnumMap<>(Language.class);
		root.get("more")
			.map(more -> Bind.lists(more, "words"))
			.orElse(Map.of())
			.forEach((language, words) -> moreWords.put(language,
					words.stream().map(TextFolding::fold).distinct().toList()));
		return new ReferralTexts(texts, moreWords, texts(root, "offers"), texts(root, "languages"));
	}

	private static Map<String, LocalizedText> texts(YamlNode root, String key) {
		Map<String, LocalizedText> texts = new HashMap<>();
		root.get(key).ifPresent(node -> node.entries().forEach((name, text) -> texts.put(name, Bind.text(text))));
		return texts;
	}

}
