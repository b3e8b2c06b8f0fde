package org.nurture.educator;

import java.util.Locale;
import java.util.Optional;

/** How an educator teaches: the values of the directory's {@code offers} column. */
public enum Offer {
	GROUP("group", "group", "en grupo"), PRIVATE("private", "private", "privadas"),
	IN_HOME("in_home", "in your home", "a domicilio"), VIRTUAL("virtual", "online", "en línea");

	private final String code;

	private final String english;

	private final String spanish;

	Offer(String code, String english, String spanish) {
		this.code = code;
		this.english = english;
		this.spanish = spanish;
	}

	/** As written in the CSV, such as {@code in_home}. */
	public String code() {
		return code;
	}

	/** As a parent reads it in the language ({@code en} or {@code es}). */
	public String label(String language) {
		return "es".equals(language) ? spanish : english;
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
