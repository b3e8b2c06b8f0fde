package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * For each term (by id), the examples or topics that use it, gathered while an index is
 * built and then frozen into arrays, which scoring walks without boxing.
 */
final class Postings {

	private final List<List<Integer>> byTerm;

	Postings(int terms) {
		byTerm = new ArrayList<>(terms);
		for (int i = 0; i < terms; i++) {
			byTerm.add(new ArrayList<>());
		}
	}

	void add(int term, int posting) {
		byTerm.get(term).add(posting);
	}

	int[][] toArrays() {
		int[][] arrays = new int[byTerm.size()][];
		for (int i = 0; i < arrays.length; i++) {
			arrays[i] = byTerm.get(i).stream().mapToInt(Integer::intValue).toArray();
		}
		return arrays;
	}

}
