package org.nurture.conversation.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * Answer ids are unique across all answer files, flow ids across all flow files, tip ids
 * across all tip files, step ids within their flow.
 */
final class DuplicateIdRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		unique("answer", content.answerTopics(), problems);
		unique("flow", content.flowItems(), problems);
		unique("safety rule", content.safetyRules(), problems);
		unique("tip", content.tipItems(), problems);
		for (Located flow : content.flowItems()) {
			List<Located> steps = flow.node()
				.items("steps")
				.stream()
				.map(step -> new Located(flow.file(), step))
				.toList();
			unique("flow '" + flow.id() + "' step", steps, problems);
		}
	}

	private static void unique(String kind, List<Located> items, List<ContentProblem> problems) {
		Map<String, Located> first = new HashMap<>();
		for (Located item : items) {
			Located earlier = first.putIfAbsent(item.id(), item);
			if (earlier != null) {
				YamlNode id = earlier.node().get("id").orElseThrow();
				problems.add(
						ContentProblem
							.at(item.file(), item.node().get("id").orElseThrow(),
									kind + " id '" + item.id() + "' is used twice (first at conversations/"
											+ earlier.file() + ":" + id.line() + ":" + id.column() + ")",
									"rename one of them"));
			}
		}
	}

}
