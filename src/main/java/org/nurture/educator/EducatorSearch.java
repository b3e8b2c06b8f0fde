package org.nurture.educator;

/**
 * What the conversation engine asks of the directory: a pure in-memory lookup over an
 * immutable snapshot (no I/O, nothing blocks), so the engine stays a pure function of its
 * inputs and the directory's version.
 */
public interface EducatorSearch {

	/** How many educators a reply shows. */
	int PAGE = 3;

	/**
	 * The educators for a parent looking near the place, in their language, after the
	 * first {@code offset}.
	 */
	Referral nearest(Place place, String language, int offset);

	/**
	 * A search with no directory: parents are pointed to the organization's directory.
	 */
	static EducatorSearch withoutDirectory(double radiusMiles) {
		return (place, language, offset) -> Directory.empty().nearest(place, language, offset, PAGE, radiusMiles);
	}

	/** A search over a fixed directory. */
	static EducatorSearch over(Directory directory, double radiusMiles) {
		return (place, language, offset) -> directory.nearest(place, language, offset, PAGE, radiusMiles);
	}

}
