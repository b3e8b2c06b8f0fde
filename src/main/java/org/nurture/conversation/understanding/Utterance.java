package org.nurture.conversation.understanding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.nurture.conversation.content.Language;
import org.nurture.text.TextFolding;

/**
 * A message as read once by {@link Understanding#read}: the raw text, its folded form,
 * and per language its words (SMS-speak expanded) and terms (synonyms, spelling and stems
 * applied), and its language when the words tell. Its topics are ranked once and
 * remembered. The terms of a language are worked out when first asked for: a message
 * whose language is clear is mostly matched in that language only, so the other's terms
 * are often never needed.
 */
public final class Utterance {

	private final String raw;

	private final String folded;

	/**
	 * Per language, the words with SMS-speak expanded, and the analyzer that reads them
	 * into terms.
	 */
	private final Map<Language, List<String>> words;

	private final Map<Language, LanguageAnalyzer> analyzers;

	/** The terms worked out so far, per language. */
	private final Map<Language, List<String>> terms = new EnumMap<>(Language.class);

	private final Map<Language, String> texts;

	private final Optional<Language> language;

	/**
	 * The folded text without "please" and "thanks" around it, once asked for: the engine
	 * asks several times.
	 */
	private String withoutPoliteness;

	/**
	 * Whether the message is a yes or a no, once asked for: the engine and the topics
	 * both ask.
	 */
	private Optional<Boolean> yesNo;

	/**
	 * The topics already ranked for this message, per preferred language: the engine may
	 * ask twice.
	 */
	private final Map<Language, TopicRanking> rankings = new EnumMap<>(Language.class);

	/**
	 * @param texts per language, the words (SMS-speak expanded) as one text
	 * @param words per language, the words (SMS-speak expanded)
	 * @param analyzers per language, what reads the words into terms
	 */
	Utterance(String raw, String folded, Map<Language, String> texts, Map<Language, List<String>> words,
			Map<Language, LanguageAnalyzer> analyzers, Optional<Language> language) {
		this.raw = raw;
		this.folded = folded;
		this.texts = new EnumMap<>(texts);
		this.words = new EnumMap<>(words);
		this.analyzers = analyzers;
		this.language = language;
	}

	/** The message as the parent wrote it. */
	public String raw() {
		return raw;
	}

	/** Lower case, no accents, no punctuation: see {@link TextFolding}. */
	public String folded() {
		return folded;
	}

	synchronized List<String> terms(Language language) {
		List<String> read = terms.get(language);
		if (read == null) {
			List<String> expanded = words.get(language);
			if (expanded == null) {
				return List.of();
			}
			read = analyzers.get(language).terms(expanded);
			terms.put(language, read);
		}
		return read;
	}

	/** The words (SMS-speak expanded) as one text. */
	String text(Language language) {
		return texts.getOrDefault(language, folded);
	}

	Optional<Language> language() {
		return language;
	}

	synchronized String withoutPoliteness(Supplier<String> strip) {
		if (withoutPoliteness == null) {
			withoutPoliteness = strip.get();
		}
		return withoutPoliteness;
	}

	synchronized Optional<Boolean> yesNo(Supplier<Optional<Boolean>> read) {
		if (yesNo == null) {
			yesNo = read.get();
		}
		return yesNo;
	}

	synchronized TopicRanking topics(Language preferred, Supplier<TopicRanking> rank) {
		return rankings.computeIfAbsent(preferred, key -> rank.get());
	}

	@Override
	public String toString() {
		return "Utterance[" + folded + " " + words + "]";
	}

}
