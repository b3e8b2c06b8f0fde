package org.nurture.educator;

import java.util.List;

/**
 * What a search found for a parent: the educators to show and whether there are more.
 *
 * @param place where the parent looks
 * @param matches the educators to show, best first
 * @param nearby true: they are within reach of the place; false: none is, and these teach
 * online
 * @param offset how many were shown before these (0 for a first search)
 * @param more whether a further page has more
 * @param radiusMiles the search radius, in miles
 */
public record Referral(Place place, List<Match> matches, boolean nearby, int offset, boolean more, double radiusMiles) {

	public Referral {
		matches = List.copyOf(matches);
	}

	/** Whether any educator shown is fictional sample data. */
	public boolean sample() {
		return matches.stream().anyMatch(match -> match.educator().sample());
	}

	public List<String> educatorIds() {
		return matches.stream().map(match -> match.educator().id()).toList();
	}
}
