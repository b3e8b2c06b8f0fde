package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The meaning pass: runs every {@link MeaningRule} over content that passed the structure
 * check.
 */
final class MeaningCheck {

	private static final List<MeaningRule> RULES = List.of(new DuplicateIdRule(), new TargetRule(),
			new ReachabilityRule(), new LoopRule(), new ConditionRule(), new ExpectRule(), new SubscribeRule(),
			new AnswerRule(), new SettingsRule(), new TranslationRule(), new PlaceholderRule(), new SmsLengthRule(),
			new SmsCharacterRule(), new SafetyPatternRule(), new SynonymRule(), new TipRule());

	private MeaningCheck() {
	}

	static List<ContentProblem> check(ContentFiles content) {
		List<ContentProblem> problems = new ArrayList<>();
		RULES.forEach(rule -> rule.check(content, problems));
		return problems;
	}

}
