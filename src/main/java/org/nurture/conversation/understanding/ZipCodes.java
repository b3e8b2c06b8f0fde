package org.nurture.conversation.understanding;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A US ZIP code in a message: five digits, alone or as ZIP+4 with or without its hyphen
 * ("02139", "zip is 02139-4307", "021394307"). Not a number that only contains five
 * digits: a price, a time, a date or a decimal ("$12345", "12:30", "6/12345", "12345.6").
 * The one pattern for ZIP codes in what parents write.
 */
public final class ZipCodes {

	private static final Pattern ZIP = Pattern.compile("(?<![\\d/:.,$])(\\d{5})(?:[- ]?\\d{4})?(?![\\d/:]|\\.\\d)");

	private ZipCodes() {
	}

	/**
	 * The first five-digit ZIP code in the text (the first five of a ZIP+4), whether it
	 * exists or not.
	 */
	public static Optional<String> in(String raw) {
		Matcher matcher = ZIP.matcher(raw);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
