package org.nurture.subscription;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Picks tips from the catalog's plan: the next entry of the baby's band after the
 * subscriber's position there, eligible for the baby's age that day. A subscriber who
 * comes into a band (a new month of age, or the first tip) starts at the entry for that
 * day, so a daily subscriber walks the plan in step with the days.
 */
final class CatalogTipPicker implements TipPicker {

	private final TipCatalog catalog;

	CatalogTipPicker(TipCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Optional<Pick> pick(Subscription subscription, LocalDate date, String band, int position) {
		int daysOld = subscription.daysOld(date);
		if (daysOld < -Stage.EXPECTING_DAYS || daysOld > Stage.LAST_DAY_OF_AGE) {
			return Optional.empty();
		}
		Stage stage = Stage.ofDaysOld(daysOld);
		String bandId = stage.band().id();
		int after = bandId.equals(band) ? position : stage.positionOnEntry();
		return catalog.next(stage, after).map(pick -> new Pick(pick.tip().id(), bandId, pick.position()));
	}

	@Override
	public Optional<String> text(String tipId, String language) {
		return catalog.tip(tipId).map(tip -> tip.text(language));
	}

}
