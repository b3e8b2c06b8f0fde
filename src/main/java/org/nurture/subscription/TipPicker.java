package org.nurture.subscription;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Chooses the tip for one subscriber's day from the catalog's plan, given how far they
 * have come through the plan of the baby's current age band.
 */
interface TipPicker {

	/**
	 * @param band the band the subscriber's position is in, or null for none yet
	 * @param position the last plan entry they got in that band (-1 for none)
	 */
	Optional<Pick> pick(Subscription subscription, LocalDate date, String band, int position);

	/** The tip's text in the language, or in English when it has none in it. */
	Optional<String> text(String tipId, String language);

	/**
	 * @param tipId the tip
	 * @param band the band it was chosen in
	 * @param position its entry in that band's plan
	 */
	record Pick(String tipId, String band, int position) {
	}

}
