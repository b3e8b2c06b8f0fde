package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * The daily-tips confirmation ({@code action: subscribe}): the steps that have it are all
 * in one flow (one per cadence, say); each expects a {@code yes_no} slot; its flow asks
 * for everything a subscription needs (a {@code birth_or_due}, a {@code send_time} and a
 * {@code time_zone} slot, and a {@code cadence} slot saved from choices whose values are
 * {@code daily} or {@code three_a_week}); and {@code settings.yml} has the {@code tips}
 * words and messages.
 */
final class SubscribeRule implements MeaningRule {

	/** The slot the cadence choices save their value in. */
	static final String CADENCE_SLOT = "cadence";

	/** The values of the cadence choices. */
	static final Set<String> CADENCES = Set.of("daily", "three_a_week");

	private static final List<SlotType> NEEDED = List.of(SlotType.BIRTH_OR_DUE, SlotType.SEND_TIME, SlotType.TIME_ZONE);

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		List<String> flows = new ArrayList<>();
		for (Located flow : content.flowItems()) {
			for (YamlNode step : flow.node().items("steps")) {
				step.get("action").ifPresent(action -> subscribing(content, flow, step, action, flows, problems));
			}
		}
	}

	private static void subscribing(ContentFiles content, Located flow, YamlNode step, YamlNode action,
			List<String> flows, List<ContentProblem> problems) {
		String where = ContentFiles.describeStep(flow.node(), step);
		if (!flows.isEmpty() && !flows.get(0).equals(flow.id())) {
			problems.add(ContentProblem.at(flow.file(), action,
					where + " subscribes to daily tips, as flow '" + flows.get(0) + "' does already",
					"keep the steps with action: subscribe in one flow"));
		}
		flows.add(flow.id());
		boolean yesNo = step.get("expect")
			.map(expect -> expect.text("type").orElse("").equals(SlotType.YES_NO.code()))
			.orElse(false);
		if (!yesNo) {
			problems.add(ContentProblem.at(flow.file(), step.get("expect").orElse(action),
					where + " subscribes to daily tips but does not expect a yes_no slot",
					"add expect: {slot: confirm, type: yes_no}"));
		}
		List<String> types = new ArrayList<>();
		boolean cadence = false;
		for (YamlNode other : flow.node().items("steps")) {
			YamlNode expect = other.get("expect").orElse(null);
			if (expect == null) {
				continue;
			}
			expect.text("type").ifPresent(types::add);
			if (expect.text("slot").orElse("").equals(CADENCE_SLOT) && expect.has("choices")) {
				cadence = true;
				cadenceValues(flow, other, expect, problems);
			}
		}
		for (SlotType needed : NEEDED) {
			if (!types.contains(needed.code())) {
				problems.add(ContentProblem.at(flow.file(), action,
						where + " subscribes to daily tips, but flow '" + flow.id() + "' asks for no " + needed.code(),
						"add a step that expects {slot: ..., type: " + needed.code() + "} before it"));
			}
		}
		if (!cadence) {
			problems.add(ContentProblem.at(flow.file(), action,
					where + " subscribes to daily tips, but flow '" + flow.id() + "' asks for no cadence",
					"add a step that expects {slot: cadence, choices: [...]} with the values daily and three_a_week"));
		}
		if (content.settings().root().get("tips").isEmpty()) {
			problems.add(ContentProblem.at(flow.file(), action,
					where + " subscribes to daily tips, but settings.yml has no tips words and messages",
					"add tips: to settings.yml (see conversations/README.md)"));
		}
	}

	private static void cadenceValues(Located flow, YamlNode step, YamlNode expect, List<ContentProblem> problems) {
		List<YamlNode> choices = expect.items("choices");
		for (int i = 0; i < choices.size(); i++) {
			YamlNode value = choices.get(i).get("value").orElse(null);
			if (value != null && !CADENCES.contains(value.text().toLowerCase(Locale.ROOT))) {
				problems.add(
						ContentProblem.at(
								flow.file(), value, ContentFiles.describeStep(flow.node(), step) + " choice " + (i + 1)
										+ ": value '" + value.text() + "' is not a cadence",
								"use daily or three_a_week"));
			}
		}
	}

}
