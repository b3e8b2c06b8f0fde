package org.nurture.conversation.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In the lexicon, a word belongs to one synonym group only, so it is always matched the
 * same way.
 */
final class SynonymRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		ContentFile lexicon = content.lexicon();
		lexicon.root().get("lexicon").ifPresent(languages -> languages.entries().forEach((language, words) -> {
			Map<String, Integer> groupOf = new HashMap<>();
			List<YamlNode> groups = words.items("synonyms");
			for (int group = 0; group < groups.size(); group++) {
				for (YamlNode word : groups.get(group).items()) {
					String key = word.text().toLowerCase(Locale.ROOT);
					Integer earlier = groupOf.putIfAbsent(key, group);
					if (earlier != null) {
						problems.add(ContentProblem.at(lexicon.name(), word,
								"lexicon." + language + ".synonyms group " + (group + 1) + ": '" + word.text()
										+ "' is already in group " + (earlier + 1) + " ("
										+ groups.get(earlier).texts().get(0) + ")",
								"keep it in one group only"));
					}
				}
			}
		}));
	}

}
