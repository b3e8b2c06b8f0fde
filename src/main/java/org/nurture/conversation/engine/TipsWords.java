package org.nurture.conversation.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.TipsSettings;
import org.nurture.conversation.content.TipsWord;
import org.nurture.conversation.understanding.Understanding;
import org.nurture.conversation.understanding.Utterance;
import org.nurture.text.EditDistance;
import org.nurture.text.TextFolding;

/**
 * Finds the daily-tips words ({@code tips.words}) in a message, in every language at
 * once: the whole message is one ("tips", "stop tips"), give or take "please" and a slip
 * in a first word of five letters or more ("puase"), or starts with one that takes what
 * follows ("pause 3 days", "hora 7pm", "update born June 2"). A message is looked at only
 * when its first word may start one, so most messages cost one lookup.
 */
final class TipsWords {

	/** The words that take what follows them. */
	private static final Set<TipsWord> WITH_ARGUMENT = EnumSet.of(TipsWord.PAUSE, TipsWord.TIME, TipsWord.UPDATE);

	/** A longer message is a question, not a command. */
	private static final int MOST_WORDS = 8;

	/** A first word this long may have a slip in it. */
	private static final int TYPO_LENGTH = 5;

	/** Per word, its phrases (folded), in every language. */
	private final Map<TipsWord, Set<String>> phrases = new EnumMap<>(TipsWord.class);

	/** The first word of every phrase (but the born ones). */
	private final Map<String, Set<TipsWord>> firstWords = new HashMap<>();

	/** The phrases saying a baby is born, padded with spaces. */
	private final List<String> born = new ArrayList<>();

	private final Understanding understanding;

	/**
	 * A word found, and what follows it.
	 *
	 * @param rest what follows a word that takes it, folded; empty otherwise
	 */
	record Said(TipsWord word, String rest) {
	}

	TipsWords(TipsSettings settings, Understanding understanding) {
		this.understanding = understanding;
		for (TipsWord word : TipsWord.values()) {
			Set<String> folded = new LinkedHashSet<>();
			for (Language language : Language.values()) {
				for (String phrase : settings.words(word, language)) {
					folded.add(TextFolding.fold(phrase));
				}
			}
			phrases.put(word, folded);
			for (String phrase : folded) {
				if (word == TipsWord.BORN) {
					born.add(" " + phrase + " ");
				}
				else {
					firstWords.computeIfAbsent(phrase.split(" ")[0], key -> EnumSet.noneOf(TipsWord.class)).add(word);
				}
			}
		}
	}

	/** The word the message is, or starts with, if any. */
	Optional<Said> in(Utterance utterance) {
		String folded = understanding.withoutPoliteness(utterance);
		if (folded.isEmpty() || TextFolding.wordCount(folded) > MOST_WORDS) {
			return Optional.empty();
		}
		int space = folded.indexOf(' ');
		String first = space < 0 ? folded : folded.substring(0, space);
		String canonical = firstWords.containsKey(first) ? first : slipOf(first);
		if (canonical == null) {
			return Optional.empty();
		}
		String rest = space < 0 ? "" : folded.substring(space + 1);
		String text = rest.isEmpty() ? canonical : canonical + " " + rest;
		Set<TipsWord> candidates = firstWords.get(canonical);
		for (TipsWord word : candidates) {
			if (phrases.get(word).contains(text)) {
				return Optional.of(new Said(word, ""));
			}
		}
		for (TipsWord word : candidates) {
			if (WITH_ARGUMENT.contains(word) && phrases.get(word).contains(canonical)) {
				return Optional.of(new Said(word, rest));
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the message says the baby is born ("the baby is born", "ya nació!"): a
	 * short message that is no question ("was my first born early too?" is one).
	 */
	boolean saysBorn(Utterance utterance) {
		if (utterance.raw().indexOf('?') >= 0 || TextFolding.wordCount(utterance.folded()) > MOST_WORDS) {
			return false;
		}
		String padded = " " + utterance.folded() + " ";
		for (String phrase : born) {
			if (padded.contains(phrase)) {
				return true;
			}
		}
		return false;
	}

	/** The first word of a phrase this word is one slip away from, if any. */
	private String slipOf(String word) {
		if (word.length() < TYPO_LENGTH) {
			return null;
		}
		for (String candidate : firstWords.keySet()) {
			if (candidate.length() >= TYPO_LENGTH && candidate.charAt(0) == word.charAt(0)
					&& Math.abs(candidate.length() - word.length()) <= 1
					&& EditDistance.between(candidate, word, 1) <= 1) {
				return candidate;
			}
		}
		return null;
	}

}
