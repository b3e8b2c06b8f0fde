package org.nurture.conversation.content;

import java.util.Collection;
import java.util.Optional;

/** The known name closest to a misspelt one, to suggest in a fix. */
final class Suggestion {

	private Suggestion() {
	}

	/** The candidate at most a few edits away from {@code wrong}, if there is one. */
	static Optional<String> closest(String wrong, Collection<String> candidates) {
		String best = null;
		int bestDistance = Math.max(2, wrong.length() / 3) + 1;
		for (String candidate : candidates) {
			int distance = distance(wrong, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
