package org.nurture.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * The provider ids of a contact's latest messages, newest first, as saved with their
 * session. A provider redelivers a message within minutes if at all (Twilio only when its
 * webhook failed, and only when told to retry), long before the parent has sent
 * {@value #KEPT} more, so these are enough to recognise every redelivery without keeping
 * every id.
 *
 * @param ids at most {@value #KEPT}, newest first; none holds a space, which separates
 * them where they are saved
 */
record MessageIds(List<String> ids) {

	static final int KEPT = 10;

	/**
	 * Twilio's are 34 characters; this bounds the saved list under its column's 1,000.
	 */
	static final int MAX_ID_LENGTH = 64;

	static final MessageIds NONE = new MessageIds(List.of());

	MessageIds {
		ids = List.copyOf(ids);
	}

	/** Reads the saved form: the ids separated by a space (null or empty: none). */
	static MessageIds parse(String saved) {
		return saved == null || saved.isBlank() ? NONE : new MessageIds(List.of(saved.strip().split(" ")));
	}

	boolean contains(String id) {
		return ids.contains(id);
	}

	boolean isNewest(String id) {
		return !ids.isEmpty() && ids.get(0).equals(id);
	}

	boolean isEmpty() {
		return ids.isEmpty();
	}

	/**
	 * These ids with {@code id} as the newest, the oldest dropped beyond {@value #KEPT}.
	 */
	MessageIds with(String id) {
		if (id.isEmpty() || id.length() > MAX_ID_LENGTH || hasWhitespace(id)) {
			throw new IllegalArgumentException(
					"A provider's message id is 1 to " + MAX_ID_LENGTH + " characters without spaces");
		}
		List<String> next = new ArrayList<>(KEPT);
		next.add(id);
		for (int i = 0; i < ids.size() && next.size() < KEPT; i++) {
			next.add(ids.get(i));
		}
		return new MessageIds(next);
	}

	/** A loop rather than a stream: every message's id passes here. */
	private static boolean hasWhitespace(String id) {
		for (int i = 0; i < id.length(); i++) {
			if (Character.isWhitespace(id.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** The saved form. */
	@Override
	public String toString() {
		return String.join(" ", ids);
	}
}
