package org.nurture.conversation.content;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.nurture.conversation.content.ContentFiles.Located;

/** Every safety pattern is a valid (Java) regular expression. */
final class SafetyPatternRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (Located rule : content.safetyRules()) {
			rule.node().get("patterns").ifPresent(patterns -> patterns.entries().forEach((language, list) -> {
				for (int i = 0; i < list.items().size(); i++) {
					YamlNode pattern = list.items().get(i);
					try {
						Pattern.compile(pattern.text());
					}
					catch (PatternSyntaxException ex) {
						problems.add(ContentProblem.at(rule.file(), pattern,
								"safety rule '" + rule.id() + "': patterns." + language + " item " + (i + 1)
										+ " is not a valid regular expression: " + ex.getDescription()
										+ " at character " + (ex.getIndex() + 1),
								"fix the pattern; to match ( ) [ ] { } . * + ? | or \\ as themselves, put \\ before them"));
					}
				}
			}));
		}
	}

}
