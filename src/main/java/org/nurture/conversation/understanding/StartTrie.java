package org.nurture.conversation.understanding;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every start of every safety pattern, spelled out character by character, for the
 * {@link SafetyScreen}. Many starts share their first words (more than half begin with "i
 * "), so a word of the message is walked once, however many starts begin like it.
 *
 * <p>
 * A node holds the characters that may follow (sorted, for a binary search), their nodes,
 * and the patterns with a start that ends here.
 */
record StartTrie(char[] next, StartTrie[] children, int[] patterns) {

	StartTrie child(char c) {
		int found = Arrays.binarySearch(next, c);
		return found < 0 ? null : children[found];
	}

	/** Builds the trie, which is then frozen into {@link StartTrie} nodes. */
	static final class Builder {

		private final TreeMap<Character, Builder> children = new TreeMap<>();

		private final Set<Integer> patterns = new TreeSet<>();

		void add(String start, int pattern) {
			Builder node = this;
			for (int i = 0; i < start.length(); i++) {
				node = node.children.computeIfAbsent(start.charAt(i), c -> new Builder());
			}
			node.patterns.add(pattern);
		}

		StartTrie build() {
			char[] next = new char[children.size()];
			StartTrie[] built = new StartTrie[children.size()];
			int i = 0;
			for (Map.Entry<Character, Builder> child : children.entrySet()) {
				next[i] = child.getKey();
				built[i++] = child.getValue().build();
			}
			return new StartTrie(next, built, patterns.stream().mapToInt(Integer::intValue).toArray());
		}

	}
}
