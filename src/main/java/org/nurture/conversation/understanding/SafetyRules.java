package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.SafetyRule;

/**
 * The safety rules of {@code safety.yml}, ready to run on every message: each pattern is
 * split at its top-level alternatives, and the {@link SafetyScreen} tells quickly which
 * alternatives may match a message; only those are run. Each alternative is known by its
 * index in the screen.
 */
final class SafetyRules {

	private final List<SafetyCheck> checks;

	private final SafetyScreen screen;

	private final int alternatives;

	SafetyRules(List<SafetyRule> rules) {
		List<String> screened = new ArrayList<>();
		this.checks = rules.stream().map(rule -> SafetyCheck.of(rule, screened)).toList();
		this.screen = new SafetyScreen(screened);
		this.alternatives = screened.size();
	}

	/**
	 * The first rule (in the order of {@code safety.yml}) the message matches, in the
	 * languages in the order given: as folded, or as each language reads it (SMS-speak
	 * expanded, synonyms mapped).
	 * @param screened false runs every alternative (for tests: the screen must never
	 * change the outcome)
	 */
	Optional<SafetyHit> first(Utterance utterance, List<Language> order, boolean screened) {
		String folded = utterance.folded();
		BitSet inFolded = candidates(folded, screened);
		Map<Language, BitSet> inExpanded = new EnumMap<>(Language.class);
		for (Language language : order) {
			String expanded = utterance.text(language);
			if (!expanded.equals(folded)) {
				inExpanded.put(language, candidates(expanded, screened));
			}
		}
		for (SafetyCheck check : checks) {
			for (Language language : order) {
				BitSet expandedCandidates = inExpanded.get(language);
				if (check.matches(language, folded, inFolded) || (expandedCandidates != null
						&& check.matches(language, utterance.text(language), expandedCandidates))) {
					return Optional.of(new SafetyHit(check.rule(), language));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether one of the chosen rules matches the message, in any of the languages (as
	 * {@link #first} reads it).
	 */
	boolean any(Utterance utterance, List<Language> languages, Predicate<SafetyRule> which) {
		String folded = utterance.folded();
		BitSet inFolded = null;
		for (SafetyCheck check : checks) {
			if (!which.test(check.rule())) {
				continue;
			}
			if (inFolded == null) {
				inFolded = candidates(folded, true);
			}
			for (Language language : languages) {
				String expanded = utterance.text(language);
				if (check.matches(language, folded, inFolded) || (!expanded.equals(folded)
						&& check.matches(language, expanded, candidates(expanded, true)))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The alternatives (by index) worth running on the text: all of them, unscreened. */
	private BitSet candidates(String text, boolean screened) {
		if (screened) {
			return screen.mayMatch(text);
		}
		BitSet all = new BitSet();
		all.set(0, alternatives);
		return all;
	}

	/** A safety rule with its patterns split at their top-level alternatives. */
	private record SafetyCheck(SafetyRule rule, Map<Language, List<IndexedPattern>> patterns) {

		/**
		 * @param screened collects the alternatives, which gives each its index
		 */
		static SafetyCheck of(SafetyRule rule, List<String> screened) {
			Map<Language, List<IndexedPattern>> byLanguage = new EnumMap<>(Language.class);
			rule.patterns().forEach((language, patterns) -> {
				List<IndexedPattern> alternatives = new ArrayList<>();
				for (Pattern pattern : patterns) {
					for (String alternative : SafetyScreen.splitTopLevel(pattern.pattern())) {
						alternatives.add(new IndexedPattern(screened.size(), Pattern.compile(alternative)));
						screened.add(alternative);
					}
				}
				byLanguage.put(language, alternatives);
			});
			return new SafetyCheck(rule, byLanguage);
		}

		boolean matches(Language language, String text, BitSet candidates) {
			for (IndexedPattern pattern : patterns.getOrDefault(language, List.of())) {
				if (candidates.get(pattern.index()) && pattern.pattern().matcher(text).find()) {
					return true;
				}
			}
			return false;
		}
	}

	/** A pattern and its index in the safety screen. */
	private record IndexedPattern(int index, Pattern pattern) {
	}

}
