package org.nurture.text;

import java.util.Collection;
import java.util.Optional;

/**
 * How many typing slips apart two words are: for spelling correction, place names and
 * "did you mean".
 */
public final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The candidate closest to a misspelt name, at most a third of its length (and at
	 * least 2) edits away, for a "did you mean" in an error message; empty when none is
	 * that close.
	 */
	public static Optional<String> closest(String wrong, Collection<String> candidates) {
		String best = null;
		int bestDistance = Math.max(2, wrong.length() / 3) + 1;
		for (String candidate : candidates) {
			int distance = between(wrong, candidate, bestDistance - 1);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The optimal string alignment distance between two words: letters added, dropped or
	 * changed, and two neighbours swapped, each counting one. Gives up early, returning
	 * {@code limit + 1}, once it must exceed {@code limit}.
	 */
	public static int between(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous2 = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, previous2[j - 2] + 1);
				}
				current[j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] recycled = previous2;
			previous2 = previous;
			previous = current;
			current = recycled;
		}
		return previous[b.length()];
	}

}
