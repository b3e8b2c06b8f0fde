package org.nurture.conversation.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test on a slot the parent filled, such as {@code baby_age < 4}. */
public record Condition(String slot, Operator operator, String value) {

	private static final Pattern SYNTAX = Pattern
		.compile("\\s*([a-z][a-z0-9_]*)\\s*(==|!=|<=|>=|<|>)\\s*(\\S(?:.*\\S)?)\\s*");

	/**
	 * Reads "slot operator value", such as {@code ready == no}; empty when the text is
	 * not one.
	 */
	public static Optional<Condition> parse(String text) {
		Matcher matcher = SYNTAX.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Operator.fromSymbol(matcher.group(2))
			.map(operator -> new Condition(matcher.group(1), operator, matcher.group(3)));
	}

	public enum Operator {

		EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		static Optional<Operator> fromSymbol(String symbol) {
			for (Operator operator : values()) {
				if (operator.symbol.equals(symbol)) {
					return Optional.of(operator);
				}
			}
			return Optional.empty();
		}

	}

	@Override
	public String toString() {
		return slot + " " + operator.symbol() + " " + value;
	}
}
