package org.nurture.conversation.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The greetings and thanks that open or close a message in a language ({@code greetings}
 * in the lexicon): "hi, what oil?" is a question about oil. They are set aside before a
 * message's terms are read, unless nothing else is left.
 */
final class Greetings {

	/** The longest greeting looked for, in words. */
	private static final int LONGEST = 4;

	private final Set<String> greetings;

	/**
	 * The first words of the greetings: a greeting is looked up only where one of these
	 * starts.
	 */
	private final Set<String> starts = new HashSet<>();

	Greetings(List<String> greetings) {
		this.greetings = Set.copyOf(greetings);
		for (String greeting : this.greetings) {
			int space = greeting.indexOf(' ');
			starts.add(space < 0 ? greeting : greeting.substring(0, space));
		}
	}

	/**
	 * The words without the greetings and thanks around them ("hi", "thanks so much").
	 */
	List<String> around(List<String> words) {
		int from = 0;
		int to = words.size();
		boolean trimmed = true;
		while (trimmed && from < to) {
			trimmed = false;
			for (int length = Math.min(LONGEST, to - from); length >= 1; length--) {
				if (isGreeting(words.subList(from, from + length))) {
					from += length;
					trimmed = true;
					break;
				}
				if (isGreeting(words.subList(to - length, to))) {
					to -= length;
					trimmed = true;
					break;
				}
			}
		}
		return words.subList(from, to);
	}

	private boolean isGreeting(List<String> words) {
		return starts.contains(words.get(0)) && greetings.contains(String.join(" ", words));
	}

}
