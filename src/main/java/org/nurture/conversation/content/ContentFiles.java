package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every content file that passed the structure check, as written: what the meaning pass
 * looks at, so each problem it finds can point at a line and column.
 */
record ContentFiles(ContentFile settings, ContentFile lexicon, ContentFile referrals, ContentFile safety,
		List<ContentFile> answers, List<ContentFile> flows, List<ContentFile> tips) {

	ContentFiles {
		answers = List.copyOf(answers);
		flows = List.copyOf(flows);
		tips = List.copyOf(tips);
	}

	/** A node of a file: an answer topic, a flow, a safety rule, a tip, ... */
	record Located(String file, YamlNode node) {

		String id() {
			return node.text("id").orElse("");
		}
	}

	/** The languages every text must be written in (settings.yml {@code languages}). */
	List<String> languages() {
		return settings.root().get("languages").map(YamlNode::texts).orElse(List.of());
	}

	List<Located> answerTopics() {
		return items(answers, "answers");
	}

	List<Located> flowItems() {
		return items(flows, "flows");
	}

	List<Located> safetyRules() {
		return items(List.of(safety), "safety");
	}

	/** The daily tips of {@code tips/*.yml}, files by name, tips in file order. */
	List<Located> tipItems() {
		return items(tips, "tips");
	}

	Set<String> answerIds() {
		return ids(answerTopics());
	}

	Set<String> flowIds() {
		return ids(flowItems());
	}

	/** The slots the steps of {@code flow} ask for, in step order. */
	static Set<String> slots(YamlNode flow) {
		Set<String> slots = new LinkedHashSet<>();
		flow.items("steps")
			.forEach(step -> step.get("expect").flatMap(expect -> expect.text("slot")).ifPresent(slots::add));
		return slots;
	}

	/**
	 * What the steps of {@code flow} may write in braces: the slots it asks for, and
	 * {@code first_tip} when one of its steps subscribes to daily tips.
	 */
	static Set<String> placeholders(YamlNode flow) {
		Set<String> placeholders = slots(flow);
		if (flow.items("steps").stream().anyMatch(step -> step.has("action"))) {
			placeholders.add(SUBSCRIBED_PLACEHOLDER);
		}
		return placeholders;
	}

	/** When the first tip comes, written by the step that subscribes. */
	static final String SUBSCRIBED_PLACEHOLDER = "first_tip";

	/** Such as {@code flow 'bedtime' step 'plan'}. */
	static String describeStep(YamlNode flow, YamlNode step) {
		return "flow '" + flow.text("id").orElse("") + "' step '" + step.text("id").orElse("") + "'";
	}

	private static List<Located> items(List<ContentFile> files, String key) {
		List<Located> items = new ArrayList<>();
		files.forEach(file -> file.root().items(key).forEach(item -> items.add(new Located(file.name(), item))));
		return items;
	}

	private static Set<String> ids(List<Located> items) {
		Set<String> ids = new LinkedHashSet<>();
		items.forEach(item -> ids.add(item.id()));
		return ids;
	}
}
