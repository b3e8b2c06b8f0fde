package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A place in a content file, as the JSON Schema validator names it
 * ({@code answers, 2, title, en}): finds the node there and describes it the way an
 * author thinks of it ({@code answer 'oils': title.en}).
 */
final class ContentPath {

	private static final Map<String, String> NAMED_ITEMS = Map.of("answers", "answer", "flows", "flow", "steps", "step",
			"safety", "safety rule", "tips", "tip");

	private static final Map<String, String> NUMBERED_ITEMS = Map.of("choices", "choice", "followups", "followup",
			"next", "next rule");

	private final List<Object> elements;

	ContentPath(List<Object> elements) {
		this.elements = List.copyOf(elements);
	}

	/**
	 * The deepest node of {@code root} on this path (the path may go past what exists).
	 */
	YamlNode node(YamlNode root) {
		YamlNode node = root;
		for (Object element : elements) {
			Optional<YamlNode> child = child(node, element);
			if (child.isEmpty()) {
				return node;
			}
			node = child.get();
		}
		return node;
	}

	/**
	 * Such as {@code flow 'bedtime' step 'plan': say.es}, or {@code the file} for the
	 * root.
	 */
	String describe(YamlNode root) {
		List<String> context = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		YamlNode node = root;
		String parentKey = null;
		for (Object element : elements) {
			YamlNode child = child(node, element).orElse(null);
			if (element instanceof Integer index) {
				String named = NAMED_ITEMS.get(parentKey);
				String numbered = NUMBERED_ITEMS.get(parentKey);
				String id = child == null ? null : child.text("id").orElse(null);
				if (named != null && id != null) {
					keys.clear();
					context.add(named + " '" + id + "'");
				}
				else if (numbered != null) {
					keys.clear();
					context.add(numbered + " " + (index + 1));
				}
				else {
					keys.add("item " + (index + 1));
				}
			}
			else {
				keys.add(element.toString());
				parentKey = element.toString();
			}
			if (child == null) {
				break;
			}
			node = child;
		}
		String where = String.join(" ", context);
		String what = joinKeys(keys);
		if (where.isEmpty()) {
			return what.isEmpty() ? "the file" : what;
		}
		return what.isEmpty() ? where : where + ": " + what;
	}

	private static String joinKeys(List<String> keys) {
		StringBuilder joined = new StringBuilder();
		for (String key : keys) {
			if (joined.length() > 0) {
				joined.append(key.startsWith("item ") ? " " : ".");
			}
			joined.append(key);
		}
		return joined.toString();
	}

	private static Optional<YamlNode> child(YamlNode node, Object element) {
		if (element instanceof Integer index) {
			return index < node.items().size() ? Optional.of(node.items().get(index)) : Optional.empty();
		}
		return node.get(element.toString());
	}

}
