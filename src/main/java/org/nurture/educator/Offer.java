package org.nurture.educator;

import java.util.Locale;
import java.util.Optional;

/**
 * How an educator teaches: the values of the directory's {@code offers} column. How
 * parents read each one is content ({@code conversations/referrals.yml}, by
 * {@link #code()}).
 */
public enum Offer {

	GROUP("group"), PRIVATE("private"), IN_HOME("in_home"), VIRTUAL("virtual");

	private final String code;

	Offer(String code) {
		this.code = code;
	}

	/** As written in the CSV, such as {@code in_home}. */
	public String code() {
		return code;
	}

	static Optional<Offer> fromCode(String code) {
		String wanted = code.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Offer offer : values()) {
			if (offer.code.equals(wanted)) {
				return Optional.of(offer);
			}
		}
		return Optional.empty();
	}

}
