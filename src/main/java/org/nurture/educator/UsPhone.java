package org.nurture.educator;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Checks an educator's phone number with libphonenumber and writes it one way, whatever
 * punctuation the directory used: {@code (617) 555-0101}, {@code +1 617.555.0101} and
 * {@code 6175550101} are all {@code 617-555-0101}.
 * <p>
 * Any number of the North American Numbering Plan that libphonenumber holds valid is
 * taken: the US and Puerto Rico share it (with Canada and some of the Caribbean), and it
 * is dialled alike from anywhere in the US. The plan keeps 555-0100 to 555-0199 of every
 * area code for fiction, and libphonenumber's metadata holds them valid like any other
 * number, so the sample directory's numbers need no exception here; a made-up area code
 * (123, 999), a number too short or too long, or one abroad is refused.
 * <p>
 * Shown as {@code 617-555-0101}, not libphonenumber's national {@code (617) 555-0101}: it
 * is the form the sample directory and the validation message use, two characters shorter
 * on an SMS that must fit 3 segments, and with no space a narrow screen never wraps it in
 * the middle; no {@code +1}, as parents are in the US.
 */
final class UsPhone {

	private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

	private static final int NANP = 1;

	private static final List<NumberFormat> DASHED = List
		.of(new NumberFormat().setPattern("(\\d{3})(\\d{3})(\\d{4})").setFormat("$1-$2-$3"));

	private UsPhone() {
	}

	/**
	 * The number as parents see it, such as {@code 617-555-0101} or
	 * {@code 617-555-0101 ext. 2}; empty if none.
	 */
	static Optional<String> format(String text) {
		try {
			PhoneNumber number = NUMBERS.parse(text, "US");
			if (number.getCountryCode() != NANP || !NUMBERS.isValidNumber(number)) {
				return Optional.empty();
			}
			return Optional.of(NUMBERS.formatByPattern(number, PhoneNumberFormat.NATIONAL, DASHED));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
