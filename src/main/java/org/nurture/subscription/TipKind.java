package org.nurture.subscription;

import java.util.Locale;
import java.util.Optional;

/** What a tip is about ({@code kind:} in {@code conversations/tips/*.yml}). */
public enum TipKind {

	/** A massage stroke or how to give one. */
	STROKE,
	/** Reading the baby's cues: engaged, tired, overwhelmed. */
	CUES,
	/** Closeness, play and talking with the baby. */
	BONDING,
	/** Rest and wind-down routines. */
	SLEEP,
	/** Safe practice: oils, when not to massage, safe sleep. */
	SAFETY,
	/** The parent's own wellbeing. */
	WELLBEING,
	/** Partners, siblings, grandparents. */
	FAMILY;

	/** As written in the content: {@code stroke}, {@code cues}, ... */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind written as {@code code}, if there is one. */
	public static Optional<TipKind> fromCode(String code) {
		for (TipKind kind : values()) {
			if (kind.code().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
