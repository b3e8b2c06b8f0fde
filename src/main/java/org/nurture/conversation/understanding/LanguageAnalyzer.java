package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.Lexicon;
import org.nurture.conversation.content.WordList;
import org.nurture.text.TextFolding;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Turns the folded words of a message into terms for one language: SMS-speak expanded
 * ("how 2" becomes "how to"), synonym phrases and words mapped to their group's term
 * ("belly" and "tummy" are one term), stop words dropped, misspellings corrected against
 * the words the content knows, and the rest reduced to their stems (Snowball). Immutable
 * after construction and safe to share.
 */
final class LanguageAnalyzer {

	private static final int UNKNOWN_WORDS = 50_000;

	/**
	 * Marks a term read from a misspelling: it counts, but less than a word spelled
	 * right.
	 */
	static final String GUESSED = "~";

	private final Language language;

	private final Set<String> stopwords;

	private final Greetings greetings;

	private final SmsSpeak sms;

	private final Synonyms synonyms;

	/**
	 * The term of every word the content knows, worked out once (the words of a message
	 * mostly are); none for a stop word, so that one look-up tells both. The stop words
	 * are known from the start, before the content's words are learnt.
	 */
	private Map<String, Optional<String>> knownTerms;

	private final Memo<String, Optional<String>> unknownTerms = new Memo<>(UNKNOWN_WORDS,
			word -> Optional.ofNullable(termOf(word)));

	private final ThreadLocal<SnowballStemmer> stemmer;

	private Spelling spelling = Spelling.NONE;

	LanguageAnalyzer(Language language, Lexicon lexicon) {
		this.language = language;
		this.stopwords = Set.copyOf(lexicon.words(WordList.STOPWORDS, language));
		this.knownTerms = new HashMap<>();
		stopwords.forEach(stopword -> knownTerms.put(stopword, Optional.empty()));
		this.greetings = new Greetings(lexicon.words(WordList.GREETINGS, language));
		Supplier<SnowballStemmer> stemmers = language == Language.ES ? SpanishStemmer::new : EnglishStemmer::new;
		this.stemmer = ThreadLocal.withInitial(stemmers);
		this.sms = new SmsSpeak(lexicon.sms(language));
		this.synonyms = new Synonyms(lexicon.synonyms(language), this::stem);
	}

	Language language() {
		return language;
	}

	/**
	 * Learns the words the content uses, so that misspellings of them can be corrected.
	 */
	void learn(Set<String> knownWords) {
		Set<String> known = new HashSet<>(knownWords);
		known.addAll(stopwords);
		known.addAll(sms.words());
		known.addAll(synonyms.words());
		this.spelling = new Spelling(known);
		Map<String, Optional<String>> terms = new HashMap<>();
		for (String word : known) {
			terms.put(word, stopwords.contains(word) ? Optional.empty() : Optional.ofNullable(termOf(word)));
		}
		this.knownTerms = terms;
	}

	/** The words after SMS-speak is expanded. */
	List<String> expand(String folded) {
		return expand(split(folded));
	}

	/**
	 * The same for a text already split into words; the same list when there is no
	 * SMS-speak in it.
	 */
	List<String> expand(List<String> input) {
		return sms.expand(input);
	}

	/** The terms of expanded words: what topics and choices are matched on. */
	List<String> terms(List<String> expanded) {
		List<String> terms = termsOf(greetings.around(expanded));
		return terms.isEmpty() ? termsOf(expanded) : terms;
	}

	private List<String> termsOf(List<String> expanded) {
		List<String> terms = new ArrayList<>(expanded.size());
		for (int i = 0; i < expanded.size(); i++) {
			int matched = synonyms.phraseAt(expanded, i, terms);
			if (matched > 0) {
				i += matched - 1;
				continue;
			}
			String word = expanded.get(i);
			if (isNumber(word)) {
				continue;
			}
			String term = term(word);
			if (term != null) {
				terms.add(term);
			}
		}
		return terms;
	}

	boolean isStopword(String word) {
		return stopwords.contains(word);
	}

	/**
	 * The word's term, or null for a stop word or a misspelt one ("realy"), which says
	 * nothing either. Words the content does not know are remembered in a bounded memo:
	 * every message is read in each language, so a word of one language is an unknown
	 * word in the other, and stemming and spelling it again each time is what reading
	 * costs most.
	 */
	private String term(String word) {
		Optional<String> known = knownTerms.get(word);
		if (known != null) {
			return known.orElse(null);
		}
		return unknownTerms.get(word).orElse(null);
	}

	private String termOf(String word) {
		String synonym = synonyms.ofWord(word);
		if (synonym != null) {
			return synonym;
		}
		String stem = stem(word);
		String byStem = synonyms.ofStem(stem);
		if (byStem != null) {
			return byStem;
		}
		if (!spelling.knows(word)) {
			String single = TextFolding.singleLetters(word);
			if (!single.equals(word) && (spelling.knows(single) || synonyms.ofWord(single) != null)) {
				return termOf(single);
			}
			String corrected = spelling.correct(word);
			if (corrected != null && stopwords.contains(corrected)) {
				return null;
			}
			if (corrected != null) {
				String correctedSynonym = synonyms.ofWord(corrected);
				String correctedStem = stem(corrected);
				String byCorrectedStem = synonyms.ofStem(correctedStem);
				String term = correctedSynonym != null ? correctedSynonym
						: byCorrectedStem != null ? byCorrectedStem : correctedStem;
				return term + GUESSED;
			}
		}
		return stem;
	}

	String stem(String word) {
		SnowballStemmer program = stemmer.get();
		program.setCurrent(word);
		program.stem();
		return program.getCurrent();
	}

	private static boolean isNumber(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	static List<String> split(String folded) {
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

}
