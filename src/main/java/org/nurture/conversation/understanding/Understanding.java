package org.nurture.conversation.understanding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.nurture.conversation.content.Answer;
import org.nurture.conversation.content.Choice;
import org.nurture.conversation.content.Content;
import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.SafetyRule;
import org.nurture.conversation.content.Step;

/**
 * What a message means, as far as rules can tell: its language, a safety interrupt, the answer topics it may be
 * about (with a confidence score from 0 to 1), the choice it picks, and typed values (ZIP code, baby's age, date,
 * time of day, yes or no). Built once from the content; pure and safe to share between threads.
 *
 * <p>
 * Every message is {@link #read} once: folded (case, accents, punctuation, emoji), then per language SMS-speak is
 * expanded, synonyms mapped, misspellings corrected and words stemmed. See {@code conversations/README.md} for how
 * authors steer it with examples, keywords and the lexicon.
 */
public final class Understanding {

	private static final int PHRASE_CACHE = 10_000;

	private static final Pattern POLITENESS = Pattern.compile(
			"^(?:please|pls|plz|por favor|porfa|porfavor)\\s|\\s(?:please|pls|plz|por favor|porfa|porfavor|thanks|gracias)$");

	private final List<Language> languages;

	private final Map<Language, LanguageAnalyzer> analyzers = new EnumMap<>(Language.class);

	private final Map<Language, TopicIndex> topics = new EnumMap<>(Language.class);

	private final List<SafetyRule> safety;

	private final LanguageDetector detector;

	private final Cache<String, List<String>> phraseTerms = Caffeine.newBuilder().maximumSize(PHRASE_CACHE).build();

	private Understanding(Content content) {
		this.languages = content.settings().languages();
		this.safety = content.safety();
		Map<Language, Set<String>> vocabularies = new EnumMap<>(Language.class);
		for (Language language : languages) {
			LanguageAnalyzer analyzer = new LanguageAnalyzer(language, content.lexicon());
			Set<String> known = knownWords(content, language);
			analyzer.learn(known);
			analyzers.put(language, analyzer);
			topics.put(language, new TopicIndex(language, content.answers(), analyzer));
			Set<String> vocabulary = new HashSet<>(known);
			vocabulary.addAll(Stopwords.of(language));
			content.lexicon().sms(language).keySet().forEach(word -> vocabulary.add(TextFolding.fold(word)));
			content.lexicon().synonyms(language).forEach(group -> group.forEach(word -> vocabulary.addAll(words(word))));
			vocabularies.put(language, vocabulary);
		}
		this.detector = new LanguageDetector(vocabularies);
	}

	public static Understanding of(Content content) {
		return new Understanding(content);
	}

	/** Reads a message once, for all the questions below. */
	public Utterance read(String text) {
		String folded = TextFolding.fold(text);
		Map<Language, List<String>> words = new EnumMap<>(Language.class);
		Map<Language, List<String>> terms = new EnumMap<>(Language.class);
		analyzers.forEach((language, analyzer) -> {
			List<String> expanded = analyzer.expand(folded);
			words.put(language, expanded);
			terms.put(language, analyzer.terms(expanded));
		});
		return new Utterance(text, folded, words, terms);
	}

	/** The language the message is written in, when its words tell. */
	public Optional<Language> detectLanguage(Utterance utterance) {
		return detector.detect(utterance.raw(), utterance.folded());
	}

	/**
	 * The first safety rule (in the order of {@code safety.yml}) the message matches in any language, trying the
	 * parent's language first so that the answer comes in it.
	 */
	public Optional<SafetyHit> safety(Utterance utterance, Language preferred) {
		List<Language> order = new ArrayList<>(languages);
		if (order.remove(preferred)) {
			order.add(0, preferred);
		}
		for (SafetyRule rule : safety) {
			for (Language language : order) {
				String expanded = String.join(" ", utterance.words(language));
				for (Pattern pattern : rule.patterns().getOrDefault(language, List.of())) {
					if (pattern.matcher(utterance.folded()).find()
							|| (!expanded.equals(utterance.folded()) && pattern.matcher(expanded).find())) {
						return Optional.of(new SafetyHit(rule, language));
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The answer topics the message may be about, best first. A message whose language is clear is scored in that
	 * language only; otherwise in every language, each topic taking the better score and the parent's language
	 * winning a tie.
	 */
	public TopicRanking topics(Utterance utterance, Language preferred) {
		if (YesNo.unsure(utterance.folded())) {
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
			double[] scores = index.score(utterance.words(language), utterance.terms(language));
			for (int i = 0; i < scores.length; i++) {
				if (scores[i] <= 0) {
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
		return Choosing.pick(utterance, options, preferred, languages, this::termsOf);
	}

	/**
	 * Whether the whole message is one of the phrases, give or take "please" ("en español por favor") and a typo in a
	 * longer word ("englsh").
	 */
	public boolean isOneOf(Utterance utterance, Collection<String> phrases) {
		String polite = POLITENESS.matcher(utterance.folded()).replaceAll("").strip();
		for (String phrase : phrases) {
			String folded = TextFolding.fold(phrase);
			if (folded.equals(utterance.folded()) || folded.equals(polite)) {
				return true;
			}
			for (Language language : languages) {
				if (folded.equals(String.join(" ", utterance.words(language)))) {
					return true;
				}
			}
			if (folded.length() >= 6 && Math.abs(folded.length() - utterance.folded().length()) <= 1
					&& folded.charAt(0) == utterance.folded().charAt(0)
					&& Spelling.distance(folded, utterance.folded(), 1) <= 1) {
				return true;
			}
		}
		return false;
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
		return YesNo.in(utterance.raw(), utterance.folded());
	}

	private List<String> termsOf(String phrase, Language language) {
		LanguageAnalyzer analyzer = analyzers.get(language);
		if (analyzer == null) {
			return List.of();
		}
		return phraseTerms.get(language + ":" + phrase,
				key -> List.copyOf(analyzer.terms(analyzer.expand(TextFolding.fold(phrase)))));
	}

	private static ScoredTopic better(ScoredTopic a, ScoredTopic b, Language preferred) {
		if (a.score() != b.score()) {
			return a.score() > b.score() ? a : b;
		}
		return b.language() == preferred ? b : a;
	}

	/** Every word the content uses in a language: examples, keywords, titles and the flows' choices. */
	private static Set<String> knownWords(Content content, Language language) {
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

	private static List<String> words(String text) {
		return LanguageAnalyzer.split(TextFolding.fold(text));
	}
}
