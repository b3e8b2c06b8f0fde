package org.nurture.conversation.content;

import java.util.List;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * A step expects either choices or a typed slot, and only a step that expects something
 * has a {@code retry}.
 */
final class ExpectRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (Located flow : content.flowItems()) {
			for (YamlNode step : flow.node().items("steps")) {
				String where = ContentFiles.describeStep(flow.node(), step);
				step.get("expect")
					.filter(expect -> expect.has("choices") && expect.has("slot"))
					.ifPresent(expect -> problems.add(ContentProblem.at(flow.file(), expect,
							where + ": expect has both choices and a slot", "keep either choices, or slot and type")));
				if (step.has("retry") && !step.has("expect")) {
					problems.add(ContentProblem.at(flow.file(), step.keyNode("retry"),
							where + " has a retry but expects nothing, so it is never said",
							"remove retry, or add expect"));
				}
			}
		}
	}

}
