package org.nurture.conversation.understanding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.SafetyRule;
import org.nurture.text.EditDistance;
import org.nurture.text.TextFolding;

/**
 * What a message means, as far as rules can tell: its language, a safety interrupt, the
 * answer topics it may be about (with a confidence score from 0 to 1), the choice it
 * picks, and typed values (ZIP code, baby's age, date, time of day, yes or no). Built
 * once from the content; pure and safe to share between threads.
 *
 * <p>
 * Every message is {@link #read} once: folded (case, accents, punctuation, emoji), then
 * per language SMS-speak is expanded, synonyms mapped, misspellings corrected and words
 * stemmed. See {@code conversations/README.md} for how authors steer it with examples,
 * keywords and the lexicon.
 */
public final class Understanding {

	private static final int PHRASE_CACHE = 10_000;

	/**
	 * Topics scoring below this are not worth ranking: far under any threshold an author
	 * would set.
	 */
	private static final double LEAST_SCORE = 0.1;

	private final List<Language> languages;

	private final Map<Language, LanguageAnalyzer> analyzers = new EnumMap<>(Language.class);

	private final Map<Language, TopicIndex> topics = new EnumMap<>(Language.class);

	private final SafetyRules safety;

	private final LanguageDetector detector;

	private final YesNo yesNo;

	private final Politeness politeness;

	private final Memo<String, Phrase> knownPhrases = new Memo<>(PHRASE_CACHE, this::readPhrase);

	private Understanding(Content content) {
		this.languages = content.settings().languages();
		this.safety = new SafetyRules(content.safety());
		Map<Language, Set<String>> vocabularies = new EnumMap<>(Language.class);
		for (Language language : languages) {
			LanguageAnalyzer analyzer = new LanguageAnalyzer(language, content.lexicon());
			Set<String> known = ContentWords.known(content, language);
			analyzer.learn(known);
			analyzers.put(language, analyzer);
			topics.put(language, new TopicIndex(language, content.answers(), analyzer));
			vocabularies.put(language, ContentWords.vocabulary(content, language, known));
		}
		this.detector = new LanguageDetector(vocabularies);
		this.yesNo = new YesNo(content.lexicon());
		this.politeness = new Politeness(content.lexicon());
	}

	public static Understanding of(Content content) {
		return new Understanding(content);
	}

	/**
	 * Reads a message once, for all the questions below; the terms of each language when
	 * first asked for.
	 */
	public Utterance read(String text) {
		String folded = TextFolding.fold(text);
		List<String> words = LanguageAnalyzer.split(folded);
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Map<Language, List<String>> expandedWords = new EnumMap<>(Language.class);
		analyzers.forEach((language, analyzer) -> {
			List<String> expanded = analyzer.expand(words);
			texts.put(language, expanded == words ? folded : String.join(" ", expanded));
			expandedWords.put(language, expanded);
		});
		return new Utterance(text, folded, texts, expandedWords, analyzers, detector.detect(text, words));
	}

	/** The language the message is written in, when its words tell. */
	public Optional<Language> detectLanguage(Utterance utterance) {
		return utterance.language();
	}

	/**
	 * The first safety rule (in the order of {@code safety.yml}) the message matches in
	 * any language, trying the parent's language first so that the answer comes in it.
	 */
	public Optional<SafetyHit> safety(Utterance utterance, Language preferred) {
		return safety(utterance, preferred, true);
	}

	/**
	 * Whether one of the chosen safety rules matches the message, whichever rule comes
	 * first (a loss that ends daily tips, in a message another rule answers).
	 */
	public boolean safetyMatches(Utterance utterance, Predicate<SafetyRule> which) {
		return safety.any(utterance, languages, which);
	}

	/**
	 * For tests: the same, with or without the quick screen (which must never change the
	 * outcome).
	 */
	Optional<SafetyHit> safety(Utterance utterance, Language preferred, boolean screened) {
		List<Language> order = new ArrayList<>(languages);
		if (order.remove(preferred)) {
			order.add(0, preferred);
		}
		return safety.first(utterance, order, screened);
	}

	/**
	 * The answer topics the message may be about, best first; none for a bare yes, no or
	 * "not sure". A message whose language is clear is scored in that language only;
	 * otherwise in every language, each topic taking the better score and the parent's
	 * language winning a tie.
	 */
	public TopicRanking topics(Utterance utterance, Language preferred) {
		return utterance.topics(preferred, () -> rank(utterance, preferred));
	}

	private TopicRanking rank(Utterance utterance, Language preferred) {
		if (yesNo.unsure(utterance.folded()) || yesNo(utterance).isPresent()) {
			return new TopicRanking(List.of());
		}
		Map<String, ScoredTopic> best = new HashMap<>();
		Optional<Language> written = detectLanguage(utterance).filter(topics::containsKey);
		for (Map.Entry<Language, TopicIndex> entry : topics.entrySet()) {
			Language language = entry.getKey();
			if (written.isPresent() && written.get() != language) {
				continue;
			}
			TopicIndex index = entry.getValue();
			double[] scores = index.score(utterance.text(language), utterance.terms(language));
			for (int i = 0; i < scores.length; i++) {
				if (scores[i] < LEAST_SCORE) {
					continue;
				}
				ScoredTopic scored = new ScoredTopic(index.topicId(i), Math.min(1.0, scores[i]), language);
				best.merge(scored.answerId(), scored, (a, b) -> better(a, b, preferred));
			}
		}
		List<ScoredTopic> ranked = new ArrayList<>(best.values());
		ranked.sort(Comparator.comparingDouble(ScoredTopic::score).reversed().thenComparing(ScoredTopic::answerId));
		return new TopicRanking(ranked);
	}

	/** The index (from 0) of the option the message picks, if it clearly picks one. */
	public OptionalInt pick(Utterance utterance, List<Option> options, Language preferred) {
		return Choosing.pick(utterance, options, preferred, languages, this::phrase);
	}

	/**
	 * Whether the whole message is one of the phrases, give or take "please" ("en español
	 * por favor") and a typo in a longer word ("englsh").
	 */
	public boolean isOneOf(Utterance utterance, Collection<String> phrases) {
		String polite = utterance.withoutPoliteness(() -> politeness.strip(utterance.folded()));
		for (String phrase : phrases) {
			String folded = phrase(phrase).folded();
			if (folded.equals(utterance.folded()) || folded.equals(polite)) {
				return true;
			}
			for (Language language : languages) {
				if (folded.equals(utterance.text(language))) {
					return true;
				}
			}
			if (folded.length() >= 6 && Math.abs(folded.length() - utterance.folded().length()) <= 1
					&& folded.charAt(0) == utterance.folded().charAt(0)
					&& EditDistance.between(folded, utterance.folded(), 1) <= 1) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The folded message without one "please" before and one "please" or "thanks" after
	 * it.
	 */
	public String withoutPoliteness(Utterance utterance) {
		return utterance.withoutPoliteness(() -> politeness.strip(utterance.folded()));
	}

	public Optional<String> zip(Utterance utterance) {
		return ZipCodes.in(utterance.raw());
	}

	/** The baby's age in whole weeks, from an age or a birth date. */
	public Optional<Integer> babyAgeWeeks(Utterance utterance, LocalDate today) {
		return BabyAges.weeks(utterance.folded(), today);
	}

	public Optional<LocalDate> date(Utterance utterance, LocalDate today) {
		return Dates.in(utterance.folded(), today);
	}

	public Optional<LocalTime> timeOfDay(Utterance utterance) {
		return TimesOfDay.in(utterance.folded());
	}

	public Optional<Boolean> yesNo(Utterance utterance) {
		return utterance.yesNo(() -> yesNo.in(utterance.raw(), utterance.folded()));
	}

	/**
	 * The phrase as read once; content phrases are few, so they are remembered rather
	 * than folded every time.
	 */
	private Phrase phrase(String text) {
		return knownPhrases.get(text);
	}

	private Phrase readPhrase(String text) {
		String folded = TextFolding.fold(text);
		Map<Language, Set<String>> terms = new EnumMap<>(Language.class);
		analyzers
			.forEach((language, analyzer) -> terms.put(language, Set.copyOf(analyzer.terms(analyzer.expand(folded)))));
		return new Phrase(folded, terms);
	}

	private static ScoredTopic better(ScoredTopic a, ScoredTopic b, Language preferred) {
		if (a.score() != b.score()) {
			return a.score() > b.score() ? a : b;
		}
		return b.language() == preferred ? b : a;
	}

}
