package org.nurture.conversation.content;

import java.util.List;
import java.util.Set;

/**
 * The texts of {@code referrals.yml}, with the placeholders each may use and those it
 * must.
 */
public enum ReferralText {

	/** Above the educators near the place. */
	NEARBY(Set.of("place"), Set.of(), "headings", "nearby"),
	/** When none is near: above the educators who teach online. */
	ONLINE(Set.of("place", "radius"), Set.of(), "headings", "online"),
	/** Above the next educators, after "more". */
	NEXT(Set.of(), Set.of(), "headings", "next"),
	/** The whole reply when no educator is near and none teaches online. */
	NONE(Set.of("place"), Set.of(), "headings", "none"),
	/** One line per educator, by SMS. */
	SMS_ENTRY(Set.of("name", "city", "state", "distance", "offers", "Offers", "languages", "contact"),
			Set.of("name", "contact"), "entries", "sms"),
	/** By SMS, an online educator far away. */
	SMS_ONLINE_ENTRY(Set.of("name", "city", "state", "offers", "Offers", "languages", "contact"),
			Set.of("name", "contact"), "entries", "sms_online"),
	/** An educator where there is room (Telegram, the web chat). */
	FULL_ENTRY(Set.of("name", "credential", "city", "state", "distance", "offers", "Offers", "languages", "contacts"),
			Set.of("name", "contacts"), "entries", "full"),
	/** After educators who teach online. */
	MORE_ONLINE(Set.of(), Set.of(), "notes", "more_online"),
	/** When the educators are the fictional sample directory. */
	SAMPLE(Set.of(), Set.of(), "notes", "sample"),
	/** A well-formed ZIP code that does not exist. */
	UNKNOWN_ZIP(Set.of("zip"), Set.of("zip"), "unknown_zip"),
	/** The choice that shows the next educators. */
	MORE_LABEL(Set.of(), Set.of(), "more", "label");

	private final Set<String> allowed;

	private final Set<String> required;

	private final List<String> path;

	ReferralText(Set<String> allowed, Set<String> required, String... path) {
		this.allowed = allowed;
		this.required = required;
		this.path = List.of(path);
	}

	Set<String> allowed() {
		return allowed;
	}

	Set<String> required() {
		return required;
	}

	List<String> path() {
		return path;
	}

	/** As an author reads it, such as {@code headings.nearby}. */
	String key() {
		return String.join(".", path);
	}

}
