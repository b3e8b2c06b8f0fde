package org.nurture.conversation.content;

import java.math.BigDecimal;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON a {@link YamlNode} stands for, for the schema validator (which works on
 * Jackson 2 trees).
 */
final class JsonTree {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private JsonTree() {
	}

	static JsonNode of(YamlNode node) {
		switch (node.kind()) {
			case MAPPING -> {
				ObjectNode object = NODES.objectNode();
				node.entries().forEach((key, value) -> object.set(key, of(value)));
				return object;
			}
			case LIST -> {
				ArrayNode array = NODES.arrayNode();
				node.items().forEach(item -> array.add(of(item)));
				return array;
			}
			case NUMBER -> {
				return number(node.text());
			}
			case BOOLEAN -> {
				return NODES.booleanNode(Boolean.parseBoolean(node.text().toLowerCase(Locale.ROOT)));
			}
			case NULL -> {
				return NODES.nullNode();
			}
			default -> {
				return NODES.textNode(node.text());
			}
		}
	}

	private static JsonNode number(String text) {
		try {
			BigDecimal number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
			return number.scale() <= 0 ? NODES.numberNode(number.toBigIntegerExact()) : NODES.numberNode(number);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return NODES.numberNode(Double.NaN);
		}
	}

}
