package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

/**
 * Turns the schema validator's messages into problems an author can act on, at the node
 * they are about.
 */
final class SchemaProblems {

	private static final String README = "see conversations/README.md";

	private static final Map<String, String> TYPE_NAMES = Map.of("object", "a mapping (key: value)", "array", "a list",
			"string", "a text", "number", "a number", "integer", "a whole number", "boolean", "true or false", "null",
			"empty");

	private static final Map<String, String> PATTERN_FIXES = Map.of("^[a-z0-9]+(-[a-z0-9]+)*$",
			"use lowercase letters, digits and single dashes, such as first-massage", "^[a-z][a-z0-9_]*$",
			"use lowercase letters, digits and underscores, such as baby_age");

	private SchemaProblems() {
	}

	static ContentProblem problem(String file, YamlNode root, ValidationMessage message) {
		ContentPath path = path(message.getInstanceLocation());
		YamlNode node = path.node(root);
		String where = path.describe(root);
		String property = message.getProperty();
		switch (message.getType()) {
			case "required":
				return ContentProblem.at(file, node, where + " has no '" + property + "'",
						"add " + property + ": (" + README + ")");
			case "additionalProperties":
				return ContentProblem.at(file, node.keyNode(property), where + " has an unknown key '" + property + "'",
						"remove it or use one of: " + String.join(", ", allowedKeys(message)));
			case "dependentRequired":
				return ContentProblem.at(file, node,
						where + " has '" + argument(message, 1) + "' but no '" + argument(message, 0) + "'",
						"add " + argument(message, 0) + ": (" + README + ")");
			case "type":
				return ContentProblem.at(file, node,
						where + " is " + typeName(argument(message, 0)) + " but must be "
								+ typeNames(argument(message, 1)),
						"write " + typeNames(argument(message, 1)) + " here");
			case "enum":
				String choices = choices(message.getSchemaNode());
				return ContentProblem.at(file, node,
						where + " is '" + node.text() + "', which is not one of: " + choices, "use one of: " + choices);
			case "const":
				return ContentProblem.at(file, node,
						where + " must be " + message.getSchemaNode().asText() + ", not '" + node.text() + "'",
						"write " + message.getSchemaNode().asText());
			case "pattern":
				String pattern = message.getSchemaNode().asText();
				return ContentProblem.at(file, node, where + " '" + node.text() + "' is not a valid name",
						PATTERN_FIXES.getOrDefault(pattern, "make it match " + pattern));
			case "minItems":
			case "minProperties":
				return ContentProblem.at(file, node, where + " is empty", "add at least " + argument(message, 0)
						+ (message.getType().equals("minItems") ? " item" : " entry") + " or remove it");
			case "minLength":
				return ContentProblem.at(file, node, where + " is empty", "write the text or remove the key");
			case "maxLength":
				return ContentProblem.at(file, node,
						where + " is " + node.text().length() + " characters long, more than " + argument(message, 0),
						"shorten it to at most " + argument(message, 0) + " characters");
			case "minimum":
				return ContentProblem.at(file, node,
						where + " is " + node.text() + ", less than " + argument(message, 0),
						"use a number of at least " + argument(message, 0));
			case "maximum":
				return ContentProblem.at(file, node,
						where + " is " + node.text() + ", more than " + argument(message, 0),
						"use a number of at most " + argument(message, 0));
			case "uniqueItems":
				return ContentProblem.at(file, node, where + " lists the same value twice", "remove the repeated one");
			default:
				String text = message.getMessage();
				return ContentProblem.at(file, node, where + text.substring(text.indexOf(':') + 1), README);
		}
	}

	private static ContentPath path(JsonNodePath location) {
		List<Object> elements = new ArrayList<>();
		for (int i = 0; i < location.getNameCount(); i++) {
			elements.add(location.getElement(i));
		}
		return new ContentPath(elements);
	}

	private static String argument(ValidationMessage message, int index) {
		Object[] arguments = message.getArguments();
		return arguments != null && index < arguments.length ? String.valueOf(arguments[index]) : "";
	}

	private static String typeName(String type) {
		return TYPE_NAMES.getOrDefault(type, type);
	}

	private static String typeNames(String types) {
		return Arrays.stream(types.replaceAll("[\\[\\]\"]", "").split(","))
			.map(String::trim)
			.map(SchemaProblems::typeName)
			.collect(Collectors.joining(" or "));
	}

	private static String choices(JsonNode values) {
		List<String> choices = new ArrayList<>();
		values.forEach(value -> choices.add(value.asText()));
		return String.join(", ", choices);
	}

	private static List<String> allowedKeys(ValidationMessage message) {
		JsonNode document = SchemaCheck.document(message.getSchemaLocation().getAbsoluteIri().toString());
		JsonNodePath fragment = message.getSchemaLocation().getFragment().getParent();
		JsonNode schema = document;
		for (int i = 0; i < fragment.getNameCount(); i++) {
			Object element = fragment.getElement(i);
			schema = element instanceof Integer index ? schema.path(index) : schema.path(element.toString());
		}
		List<String> keys = new ArrayList<>();
		schema.path("properties").fieldNames().forEachRemaining(keys::add);
		return keys;
	}

}
