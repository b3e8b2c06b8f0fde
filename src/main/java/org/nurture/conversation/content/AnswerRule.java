package org.nurture.conversation.content;

import java.util.List;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * A topic either answers or starts a flow; a health topic says how strong its evidence is
 * and where it comes from.
 */
final class AnswerRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (Located topic : content.answerTopics()) {
			YamlNode node = topic.node();
			String where = "answer '" + topic.id() + "'";
			if (node.has("answer") == node.has("flow")) {
				problems.add(node.has("answer")
						? ContentProblem.at(topic.file(), node.keyNode("flow"), where + " has both answer and flow",
								"keep one: answer to reply with a text, flow to start a flow")
						: ContentProblem.at(topic.file(), node, where + " has neither answer nor flow",
								"add answer: {en: \"...\", es: \"...\"} or flow: <flow id>"));
			}
			if (node.text("health").map(Boolean::parseBoolean).orElse(false)) {
				if (!node.has("evidence")) {
					problems.add(ContentProblem.at(topic.file(), node.keyNode("health"),
							"health " + where + " does not say how strong its evidence is",
							"add evidence: guideline, moderate, low, mixed or practice"));
				}
				if (node.items("sources").isEmpty()) {
					problems.add(ContentProblem.at(topic.file(), node.keyNode("health"),
							"health " + where + " has no sources", "add sources: where each health claim comes from"));
				}
			}
		}
	}

}
