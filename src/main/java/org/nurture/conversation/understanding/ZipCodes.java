package org.nurture.conversation.understanding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A US ZIP code in a message: five digits, alone or as ZIP+4 ("02139", "zip is 02139-4307"). */
final class ZipCodes {

	private static final Pattern ZIP = Pattern.compile("(?<![\\d/:.,$])(\\d{5})(?:[- ]\\d{4})?(?![\\d/:]|\\.\\d)");

	private ZipCodes() {
	}

	static Optional<String> in(String raw) {
		Matcher matcher = ZIP.matcher(raw);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}
}
