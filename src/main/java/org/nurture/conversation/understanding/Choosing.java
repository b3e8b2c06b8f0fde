package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nurture.conversation.content.Language;
import org.nurture.text.TextFolding;

/**
 * Which of the offered options a message picks: its number ("2", "#2", "option 2", "the
 * second", "el dos"), its label or one of its synonyms in any language, or, for a short
 * message, clearly more of one option's words than of any other's ("benefits" picks
 * "Benefits of massage"). When two options are equally likely, nothing is picked.
 */
final class Choosing {

	private static final Pattern NUMBER = Pattern.compile(
			"(?:option|opcion|number|numero|num|no|nr|el|la|the|choice|opt)?\\s?(\\d{1,2}|[a-z]+)(?: please| por favor| porfa| pls)?");

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("1st", 1),
			Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("third", 3), Map.entry("3rd", 3),
			Map.entry("fourth", 4), Map.entry("4th", 4), Map.entry("fifth", 5), Map.entry("5th", 5),
			Map.entry("primero", 1), Map.entry("primera", 1), Map.entry("segundo", 2), Map.entry("segunda", 2),
			Map.entry("tercero", 3), Map.entry("tercera", 3), Map.entry("cuarto", 4), Map.entry("cuarta", 4),
			Map.entry("quinto", 5), Map.entry("quinta", 5), Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("uno", 1), Map.entry("dos", 2),
			Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5));

	private static final int MOST_TERMS = 4;

	/** The most words {@link #NUMBER} can match: "option 2 por favor". */
	private static final int MOST_NUMBER_WORDS = 4;

	private static final double ENOUGH_OVERLAP = 0.5;

	private Choosing() {
	}

	/**
	 * @param readPhrase reads an option's label or synonym (memoized by the caller)
	 */
	static OptionalInt pick(Utterance utterance, List<Option> options, Language preferred, List<Language> languages,
			Function<String, Phrase> readPhrase) {
		OptionalInt number = number(utterance.folded(), options.size());
		if (number.isPresent()) {
			return number;
		}
		Map<Language, List<List<Phrase>>> read = new EnumMap<>(Language.class);
		for (Language language : languages) {
			List<List<Phrase>> byOption = new ArrayList<>(options.size());
			for (Option option : options) {
				byOption.add(phrases(option, language, readPhrase));
			}
			read.put(language, byOption);
		}
		for (int i = 0; i < options.size(); i++) {
			for (Language language : languages) {
				String said = utterance.text(language);
				for (Phrase phrase : read.get(language).get(i)) {
					String folded = phrase.folded();
					if (!folded.isEmpty() && (folded.equals(utterance.folded()) || folded.equals(said))) {
						return OptionalInt.of(i);
					}
				}
			}
		}
		for (Language language : ordered(preferred, languages)) {
			OptionalInt byTerms = byTerms(utterance.terms(language), read.get(language), language);
			if (byTerms.isPresent()) {
				return byTerms;
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * The option's number, when the message is one ("2", "option 2 please"): at most four
	 * words, which spares the pattern for longer messages.
	 */
	private static OptionalInt number(String folded, int count) {
		if (TextFolding.wordCount(folded) > MOST_NUMBER_WORDS) {
			return OptionalInt.empty();
		}
		Matcher matcher = NUMBER.matcher(folded);
		if (!matcher.matches()) {
			return OptionalInt.empty();
		}
		String found = matcher.group(1);
		Integer value = ORDINALS.get(found);
		if (value == null && Character.isDigit(found.charAt(0))) {
			value = Integer.parseInt(found);
		}
		return value != null && value >= 1 && value <= count ? OptionalInt.of(value - 1) : OptionalInt.empty();
	}

	/**
	 * @param options each option's phrases in the language, read
	 */
	private static OptionalInt byTerms(List<String> said, List<List<Phrase>> options, Language language) {
		Set<String> message = new HashSet<>();
		for (String term : said) {
			message.add(term.endsWith(LanguageAnalyzer.GUESSED) ? term.substring(0, term.length() - 1) : term);
		}
		if (message.isEmpty() || message.size() > MOST_TERMS) {
			return OptionalInt.empty();
		}
		int best = -1;
		double bestScore = 0;
		boolean tie = false;
		for (int i = 0; i < options.size(); i++) {
			double score = 0;
			for (Phrase phrase : options.get(i)) {
				Set<String> terms = phrase.terms(language);
				if (terms.isEmpty()) {
					continue;
				}
				int shared = 0;
				for (String term : terms) {
					if (message.contains(term)) {
						shared++;
					}
				}
				score = Math.max(score, (double) shared / Math.max(terms.size(), message.size()));
			}
			if (score > bestScore) {
				best = i;
				bestScore = score;
				tie = false;
			}
			else if (score == bestScore && score > 0) {
				tie = true;
			}
		}
		return best >= 0 && bestScore >= ENOUGH_OVERLAP && !tie ? OptionalInt.of(best) : OptionalInt.empty();
	}

	/** The option's label (when it has one in the language) and synonyms, read. */
	private static List<Phrase> phrases(Option option, Language language, Function<String, Phrase> read) {
		List<String> synonyms = option.synonyms().getOrDefault(language, List.of());
		boolean labelled = option.label().byLanguage().containsKey(language);
		List<Phrase> phrases = new ArrayList<>(synonyms.size() + 1);
		if (labelled) {
			phrases.add(read.apply(option.label().in(language)));
		}
		for (String synonym : synonyms) {
			phrases.add(read.apply(synonym));
		}
		return phrases;
	}

	private static List<Language> ordered(Language preferred, List<Language> languages) {
		if (!languages.contains(preferred) || languages.get(0) == preferred) {
			return languages;
		}
		List<Language> ordered = new ArrayList<>(languages);
		ordered.remove(preferred);
		ordered.add(0, preferred);
		return ordered;
	}

}
