package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nurture.conversation.content.ContentFiles.Located;

/**
 * A text a parent reads, written once per language ({@code {en: "...", es: "..."}}), with
 * the placeholders it may and must use.
 *
 * @param file where it is written
 * @param node the mapping of languages to texts
 * @param where such as {@code flow 'bedtime' step 'plan': say}
 * @param allowed the placeholders it may use, such as {@code bedtime} for
 * {@code {bedtime}}
 * @param required the placeholders every language must use
 * @param choices the labels (per language) of the choices sent in the same message,
 * numbered below the text
 * @param tip whether it is a daily tip: its languages are keys of the tip itself
 * ({@code tip 'x': es}), and it goes out as one SMS
 */
record UserText(String file, YamlNode node, String where, Set<String> allowed, Set<String> required,
		List<YamlNode> choices, boolean tip) {

	UserText(String file, YamlNode node, String where, Set<String> allowed, Set<String> required,
			List<YamlNode> choices) {
		this(file, node, where, allowed, required, choices, false);
	}

	private static final Map<String, Set<String>> MESSAGE_PLACEHOLDERS = Map.of(MessageKey.CONFIRM_TOPIC.key(),
			Set.of("topic"), MessageKey.BACK_TO_FLOW.key(), Set.of("flow"));

	/** Every text of the content a parent can read. */
	static List<UserText> all(ContentFiles content) {
		List<UserText> texts = new ArrayList<>();
		ContentFile settings = content.settings();
		settings.root().get("messages").ifPresent(messages -> messages.entries().forEach((key, text) -> {
			Set<String> placeholders = MESSAGE_PLACEHOLDERS.getOrDefault(key, Set.of());
			texts.add(new UserText(settings.name(), text, "messages." + key, placeholders, placeholders, List.of()));
		}));
		for (Located answer : content.answerTopics()) {
			String where = "answer '" + answer.id() + "': ";
			add(texts, answer.file(), answer.node(), "title", where, Set.of());
			add(texts, answer.file(), answer.node(), "answer", where, Set.of());
		}
		for (Located flow : content.flowItems()) {
			Set<String> slots = ContentFiles.placeholders(flow.node());
			add(texts, flow.file(), flow.node(), "title", "flow '" + flow.id() + "': ", Set.of());
			for (YamlNode step : flow.node().items("steps")) {
				String where = ContentFiles.describeStep(flow.node(), step);
				List<YamlNode> choices = step.get("expect").map(expect -> expect.items("choices")).orElse(List.of());
				List<YamlNode> labels = choices.stream().flatMap(choice -> choice.get("label").stream()).toList();
				step.get("say")
					.ifPresent(
							say -> texts.add(new UserText(flow.file(), say, where + ": say", slots, Set.of(), labels)));
				add(texts, flow.file(), step, "retry", where + ": ", Set.of());
				for (int i = 0; i < choices.size(); i++) {
					add(texts, flow.file(), choices.get(i), "label", where + " choice " + (i + 1) + ": ", Set.of());
				}
			}
		}
		for (Located rule : content.safetyRules()) {
			add(texts, rule.file(), rule.node(), "reply", "safety rule '" + rule.id() + "': ", Set.of());
		}
		settings.root().get("slot_values").ifPresent(values -> {
			for (SlotValueText value : SlotValueText.values()) {
				values.get(value.key())
					.filter(text -> !value.pattern())
					.ifPresent(text -> texts.add(new UserText(settings.name(), text, "slot_values." + value.key(),
							value.placeholders(), value.placeholders(), List.of())));
			}
		});
		settings.root()
			.get("language_names")
			.ifPresent(names -> texts
				.add(new UserText(settings.name(), names, "language_names", Set.of(), Set.of(), List.of())));
		settings.root()
			.get("telegram")
			.flatMap(telegram -> telegram.get("commands"))
			.ifPresent(commands -> commands.entries()
				.forEach((command, text) -> texts.add(new UserText(settings.name(), text,
						"telegram.commands." + command, Set.of(), Set.of(), List.of()))));
		referralTexts(content.referrals(), texts);
		tipsTexts(settings, texts);
		for (Located tip : content.tipItems()) {
			texts.add(new UserText(tip.file(), tip.node(), "tip '" + tip.id() + "'", Set.of(), Set.of(), List.of(),
					true));
		}
		return texts;
	}

	/**
	 * The text in each language it is written in, by language code, in file order (a
	 * tip's other keys left out).
	 */
	Map<String, YamlNode> texts() {
		Map<String, YamlNode> texts = new LinkedHashMap<>();
		node.entries().forEach((key, text) -> {
			if (Language.fromCode(key).isPresent()) {
				texts.put(key, text);
			}
		});
		return texts;
	}

	/** The messages of {@code tips} in settings.yml, with their own placeholders. */
	private static void tipsTexts(ContentFile settings, List<UserText> texts) {
		settings.root().get("tips").flatMap(tips -> tips.get("messages")).ifPresent(messages -> {
			for (TipsText text : TipsText.values()) {
				messages.get(text.key())
					.ifPresent(written -> texts.add(new UserText(settings.name(), written,
							"tips.messages." + text.key(), text.allowed(), text.required(), List.of())));
			}
		});
	}

	private static void referralTexts(ContentFile referrals, List<UserText> texts) {
		for (ReferralText text : ReferralText.values()) {
			LexiconBinder.node(referrals.root(), text.path())
				.ifPresent(node -> texts
					.add(new UserText(referrals.name(), node, text.key(), text.allowed(), text.required(), List.of())));
		}
		for (String group : List.of("offers", "languages")) {
			referrals.root()
				.get(group)
				.ifPresent(entries -> entries.entries()
					.forEach((name, node) -> texts
						.add(new UserText(referrals.name(), node, group + "." + name, Set.of(), Set.of(), List.of()))));
		}
	}

	/**
	 * The text in {@code language} as one SMS carries it: with its choices numbered below
	 * it.
	 */
	String message(String language) {
		StringBuilder message = new StringBuilder(node.text(language).orElse("").strip());
		for (int i = 0; i < choices.size(); i++) {
			message.append('\n').append(i + 1).append(". ").append(choices.get(i).text(language).orElse(""));
		}
		return message.toString();
	}

	/** Such as {@code flow 'bedtime' step 'plan': say.es}, or {@code tip 'x': es}. */
	String where(String language) {
		return where + (tip ? ": " : ".") + language;
	}

	private static void add(List<UserText> texts, String file, YamlNode parent, String key, String where,
			Set<String> allowed) {
		parent.get(key)
			.ifPresent(text -> texts.add(new UserText(file, text, where + key, allowed, Set.of(), List.of())));
	}
}
