package org.nurture.conversation.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nurture.conversation.content.Answer;
import org.nurture.conversation.content.Choice;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.content.WordList;
import org.nurture.text.TextFolding;

/**
 * The words the content uses in a language, folded: what misspellings are corrected to
 * and languages told by.
 */
final class ContentWords {

	private ContentWords() {
	}

	/**
	 * Every word the content uses in a language: examples, keywords, titles, the flows'
	 * choices, "back".
	 */
	static Set<String> known(Content content, Language language) {
		Set<String> known = new HashSet<>();
		for (Answer answer : content.answers()) {
			answer.examples(language).forEach(text -> known.addAll(words(text)));
			answer.keywords(language).forEach(text -> known.addAll(words(text)));
			if (answer.title().byLanguage().containsKey(language)) {
				known.addAll(words(answer.title().in(language)));
			}
		}
		for (Flow flow : content.flows()) {
			for (Step step : flow.steps()) {
				if (step.expect() instanceof Expectation.Choices choices) {
					for (Choice choice : choices.choices()) {
						if (choice.label().byLanguage().containsKey(language)) {
							known.addAll(words(choice.label().in(language)));
						}
						choice.synonyms().getOrDefault(language, List.of()).forEach(text -> known.addAll(words(text)));
					}
				}
			}
		}
		content.settings().backWords().getOrDefault(language, List.of()).forEach(text -> known.addAll(words(text)));
		return known;
	}

	/**
	 * The known words with the lexicon's stopwords, SMS-speak and synonyms: what tells a
	 * language's messages.
	 */
	static Set<String> vocabulary(Content content, Language language, Set<String> known) {
		Set<String> vocabulary = new HashSet<>(known);
		vocabulary.addAll(content.lexicon().words(WordList.STOPWORDS, language));
		content.lexicon().sms(language).keySet().forEach(word -> vocabulary.add(TextFolding.fold(word)));
		content.lexicon().synonyms(language).forEach(group -> group.forEach(word -> vocabulary.addAll(words(word))));
		return vocabulary;
	}

	private static List<String> words(String text) {
		return LanguageAnalyzer.split(TextFolding.fold(text));
	}

}
