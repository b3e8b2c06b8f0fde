package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nurture.conversation.content.Answer;
import org.nurture.conversation.content.Language;
import org.nurture.text.TextFolding;

/**
 * The answer topics of one language, indexed for scoring. Each topic is known by its
 * title, example questions and keywords, each read into terms. A message is scored
 * against a topic from two views: how closely it resembles the topic's most similar
 * example (cosine over terms weighted by how rare they are among topics), and how much of
 * the message the topic's words explain at all. Words no topic uses count against every
 * topic, so "my car won't start" is not mistaken for "how to start". Immutable and safe
 * to share.
 */
final class TopicIndex {

	/**
	 * The weight of a word no topic knows, relative to a word exactly one topic knows.
	 */
	private static final double UNKNOWN_SHARE = 1.0;

	/**
	 * The share of the score given to the most similar example; the rest is the coverage
	 * of the message.
	 */
	private static final double EXAMPLE_SHARE = 0.55;

	/** How much a word read from a misspelling counts towards the topics that know it. */
	private static final double GUESS_SHARE = 0.5;

	/**
	 * A topic among this many or fewer is told apart by a word; a word shared by more
	 * topics says less.
	 */
	private static final double INFORMATIVE_AMONG = 5;

	/**
	 * A topic other than the one whose example the message is word for word stays this
	 * far below it.
	 */
	private static final double BELOW_EXACT = 0.9;

	private final Language language;

	private final Map<String, Integer> exact = new HashMap<>();

	private final List<String> topicIds = new ArrayList<>();

	private final Map<String, Integer> termIds = new HashMap<>();

	private double[] idf;

	private final List<int[]> exampleTerms = new ArrayList<>();

	private int[] exampleTopic;

	private double[] exampleNorms;

	private int[][] examplesByTerm;

	private int[][] topicsByTerm;

	private final double unknownWeight;

	private double informative;

	/**
	 * Each thread's running dot products with the examples, all 0 between messages, and
	 * the examples they touched: a message shares terms with few of the thousands of
	 * examples, so these are kept rather than made (and cleared) for each message.
	 */
	private final ThreadLocal<TopicScratch> scratch = ThreadLocal
		.withInitial(() -> new TopicScratch(exampleNorms.length));

	TopicIndex(Language language, List<Answer> answers, LanguageAnalyzer analyzer) {
		this.language = language;
		List<Set<String>> topicVocabularies = new ArrayList<>();
		List<List<String>> exampleTexts = new ArrayList<>();
		List<Integer> exampleTopics = new ArrayList<>();
		for (Answer answer : answers) {
			List<String> texts = new ArrayList<>(answer.examples(language));
			texts.addAll(answer.keywords(language));
			if (answer.title().byLanguage().containsKey(language)) {
				texts.add(answer.title().in(language));
			}
			if (texts.isEmpty()) {
				continue;
			}
			int topic = topicIds.size();
			topicIds.add(answer.id());
			Set<String> vocabulary = new HashSet<>();
			for (String text : texts) {
				List<String> words = analyzer.expand(TextFolding.fold(text));
				exact.putIfAbsent(String.join(" ", words), topic);
				List<String> terms = analyzer.terms(words);
				if (terms.isEmpty()) {
					continue;
				}
				vocabulary.addAll(terms);
				exampleTexts.add(terms);
				exampleTopics.add(topic);
			}
			topicVocabularies.add(vocabulary);
		}
		int topics = topicIds.size();
		exampleTopic = exampleTopics.stream().mapToInt(Integer::intValue).toArray();
		Map<String, Integer> documentFrequency = new HashMap<>();
		topicVocabularies
			.forEach(vocabulary -> vocabulary.forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));
		documentFrequency.keySet().stream().sorted().forEach(term -> termIds.put(term, termIds.size()));
		idf = new double[termIds.size()];
		termIds.forEach((term, id) -> idf[id] = Math.log(1.0 + (double) topics / documentFrequency.get(term)));
		unknownWeight = UNKNOWN_SHARE * Math.log(1.0 + topics);
		informative = Math.log(1.0 + topics / INFORMATIVE_AMONG);
		exampleNorms = new double[exampleTexts.size()];
		Postings examplePostings = new Postings(termIds.size());
		for (int example = 0; example < exampleTexts.size(); example++) {
			int[] ids = new LinkedHashSet<>(exampleTexts.get(example)).stream().mapToInt(termIds::get).toArray();
			exampleTerms.add(ids);
			double norm = 0;
			for (int id : ids) {
				norm += idf[id] * idf[id];
				examplePostings.add(id, example);
			}
			exampleNorms[example] = Math.sqrt(norm);
		}
		examplesByTerm = examplePostings.toArrays();
		Postings topicPostings = new Postings(termIds.size());
		for (int topic = 0; topic < topics; topic++) {
			for (String term : topicVocabularies.get(topic)) {
				topicPostings.add(termIds.get(term), topic);
			}
		}
		topicsByTerm = topicPostings.toArrays();
	}

	Language language() {
		return language;
	}

	boolean knows(String term) {
		return termIds.containsKey(term);
	}

	/**
	 * Each topic's score for a message (its words as one text, and its terms), indexed
	 * like {@link #topicId}. A topic that matches only on common words ("what", "baby",
	 * "no") is scaled down; a message that is word for word one of a topic's examples is
	 * that topic.
	 */
	double[] score(String text, List<String> terms) {
		double[] scores = new double[topicIds.size()];
		Set<String> distinct = new LinkedHashSet<>(terms);
		if (distinct.isEmpty()) {
			return scores;
		}
		TopicScratch work = scratch.get();
		try {
			return score(text, distinct, scores, work);
		}
		finally {
			work.clear();
		}
	}

	private double[] score(String text, Set<String> distinct, double[] scores, TopicScratch work) {
		double messageNorm = 0;
		double[] dots = work.dots;
		int[] touched = work.touched;
		double[] covered = new double[scores.length];
		double[] telling = new double[scores.length];
		int unknown = 0;
		for (String term : distinct) {
			boolean guessed = term.endsWith(LanguageAnalyzer.GUESSED);
			Integer id = termIds.get(guessed ? term.substring(0, term.length() - 1) : term);
			if (id == null) {
				unknown++;
				continue;
			}
			double full = idf[id] * idf[id];
			double weight = guessed ? full * GUESS_SHARE : full;
			messageNorm += full;
			for (int example : examplesByTerm[id]) {
				if (dots[example] == 0) {
					touched[work.touchedCount++] = example;
				}
				dots[example] += weight;
			}
			for (int topic : topicsByTerm[id]) {
				covered[topic] += weight;
				telling[topic] = Math.max(telling[topic], idf[id]);
			}
		}
		messageNorm += unknownWeight * unknownWeight * Math.sqrt(unknown);
		if (messageNorm == 0) {
			return scores;
		}
		double[] best = new double[scores.length];
		double length = Math.sqrt(messageNorm);
		// Only the examples sharing a term with the message: the others' cosine is 0.
		for (int i = 0; i < work.touchedCount; i++) {
			int example = touched[i];
			double cosine = dots[example] / (length * exampleNorms[example]);
			int topic = exampleTopic[example];
			best[topic] = Math.max(best[topic], cosine);
		}
		for (int topic = 0; topic < scores.length; topic++) {
			double score = EXAMPLE_SHARE * best[topic] + (1 - EXAMPLE_SHARE) * covered[topic] / messageNorm;
			scores[topic] = score * Math.min(1.0, telling[topic] / informative);
		}
		Integer exactTopic = exact.get(text);
		if (exactTopic != null) {
			for (int topic = 0; topic < scores.length; topic++) {
				scores[topic] = topic == exactTopic ? 1.0 : Math.min(scores[topic], BELOW_EXACT);
			}
		}
		return scores;
	}

	String topicId(int index) {
		return topicIds.get(index);
	}

}
