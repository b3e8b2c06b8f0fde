package org.nurture.conversation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.ReferralText;
import org.nurture.conversation.content.ReferralTexts;
import org.nurture.educator.Educator;
import org.nurture.educator.Match;
import org.nurture.educator.Offer;
import org.nurture.educator.Referral;

/**
 * A referral as one message, in the words of {@code referrals.yml}: a heading, the
 * educators (one short line each by SMS, fuller where there is room), the notes that
 * apply. The educators' own details come from the directory.
 */
final class ReferralReply {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");

	private final ReferralTexts texts;

	ReferralReply(ReferralTexts texts) {
		this.texts = texts;
	}

	String of(Referral referral, Language language, boolean compact) {
		String place = referral.place().label();
		if (referral.matches().isEmpty()) {
			return fill(texts.text(ReferralText.NONE, language), Map.of("place", place));
		}
		StringBuilder text = new StringBuilder();
		if (referral.offset() > 0) {
			text.append(texts.text(ReferralText.NEXT, language));
		}
		else if (referral.nearby()) {
			text.append(fill(texts.text(ReferralText.NEARBY, language), Map.of("place", place)));
		}
		else {
			text.append(fill(texts.text(ReferralText.ONLINE, language),
					Map.of("place", place, "radius", String.valueOf(Math.round(referral.radiusMiles())))));
		}
		int number = referral.offset();
		for (Match match : referral.matches()) {
			text.append('\n').append(++number).append(". ").append(entry(match, referral.nearby(), language, compact));
		}
		if (!referral.nearby() && referral.offset() == 0) {
			text.append('\n').append(texts.text(ReferralText.MORE_ONLINE, language));
		}
		if (referral.sample()) {
			text.append('\n').append(texts.text(ReferralText.SAMPLE, language));
		}
		return text.toString();
	}

	String unknownZip(String zip, Language language) {
		return fill(texts.text(ReferralText.UNKNOWN_ZIP, language), Map.of("zip", zip));
	}

	String moreLabel(Language language) {
		return texts.text(ReferralText.MORE_LABEL, language);
	}

	/**
	 * By SMS, one line (for an online educator far away, where they are and what they
	 * offer go without saying).
	 */
	private String entry(Match match, boolean nearby, Language language, boolean compact) {
		Educator educator = match.educator();
		String offers = offers(educator, language);
		List<String> contacts = new ArrayList<>();
		for (String way : new String[] { educator.phone(), educator.email(), educator.website() }) {
			if (way != null) {
				contacts.add(way);
			}
		}
		ReferralText entry = !compact ? ReferralText.FULL_ENTRY
				: nearby ? ReferralText.SMS_ENTRY : ReferralText.SMS_ONLINE_ENTRY;
		return fill(texts.text(entry, language),
				Map.of("name", educator.name(), "credential", educator.credential(), "city", educator.city(), "state",
						educator.state(), "distance", distance(match), "offers", offers, "Offers", capitalized(offers),
						"languages", languages(educator, language), "contact", contacts.get(0), "contacts",
						String.join(" | ", contacts)));
	}

	private String offers(Educator educator, Language language) {
		List<String> labels = new ArrayList<>();
		for (Offer offer : educator.offers()) {
			labels.add(texts.offer(offer.code(), language).orElse(offer.code()));
		}
		return String.join(", ", labels);
	}

	private String languages(Educator educator, Language language) {
		List<String> names = new ArrayList<>();
		for (String code : educator.languages()) {
			names.add(texts.languageName(code, language).orElseGet(() -> languageName(code, language)));
		}
		return String.join(", ", names);
	}

	/**
	 * A language the content does not name, as Java names it in the parent's language.
	 */
	private static String languageName(String code, Language language) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(language.code()));
		return name.isEmpty() || name.equals(code) ? code.toUpperCase(Locale.ROOT) : name;
	}

	private static String distance(Match match) {
		return match.miles() < 1 ? "<1 mi" : Math.round(match.miles()) + " mi";
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * The text with each {placeholder} replaced by its value; validation keeps the
	 * placeholders to known ones.
	 */
	private static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : matcher.group()));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

}
