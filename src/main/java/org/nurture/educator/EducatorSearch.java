package org.nurture.educator;

import java.util.Optional;

/**
 * What the conversation engine asks of the directory. Both calls are pure in-memory lookups over an immutable
 * snapshot (no I/O, nothing blocks), so the engine stays a pure function of its inputs and the directory's version.
 */
public interface EducatorSearch {

	/** How many educators a reply shows. */
	int PAGE = 3;

	/** The place in a parent's message; see {@link Places#find}. */
	Optional<Place> place(String text, boolean answer);

	/** A shared location as a place, named after the nearest ZIP code; empty outside the gazetteer's reach. */
	Optional<Place> near(GeoPoint point);

	/** The educators for a parent looking near the place, in their language, after the first {@code offset}. */
	Referral nearest(Place place, String language, int offset);

	/** A search with no directory: places are found, and parents are pointed to the organization's directory. */
	static EducatorSearch withoutDirectory(double radiusMiles) {
		return new EducatorSearch() {

			@Override
			public Optional<Place> place(String text, boolean answer) {
				return new Places(Gazetteer.shared()).find(text, answer);
			}

			@Override
			public Optional<Place> near(GeoPoint point) {
				return new Places(Gazetteer.shared()).near(point);
			}

			@Override
			public Referral nearest(Place place, String language, int offset) {
				return Directory.empty().nearest(place, language, offset, PAGE, radiusMiles);
			}
		};
	}

	/** A search over a fixed directory. */
	static EducatorSearch over(Directory directory, Places places, double radiusMiles) {
		return new EducatorSearch() {

			@Override
			public Optional<Place> place(String text, boolean answer) {
				return places.find(text, answer);
			}

			@Override
			public Optional<Place> near(GeoPoint point) {
				return places.near(point);
			}

			@Override
			public Referral nearest(Place place, String language, int offset) {
				return directory.nearest(place, language, offset, PAGE, radiusMiles);
			}
		};
	}
}
