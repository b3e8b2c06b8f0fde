package org.nurture.educator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a referral reads, in English or Spanish: short for SMS (one line per educator, one way to reach them), fuller
 * where there is room (Telegram, the web). When there are more, the reply offers {@link #moreLabel} as a choice (a
 * button, or a numbered line by SMS). Texts keep to the GSM-7 characters the SMS channel sends as they are.
 */
public final class ReferralText {

	/** Where the organization lists every educator. */
	public static final String DIRECTORY_SITE = "infantmassageusa.org";

	private ReferralText() {
	}

	/** The label of the choice that shows the next educators, in the language. */
	public static String moreLabel(String language) {
		return spanish(language) ? "Más educadores" : "More educators";
	}

	/** Words that ask for more, in either language (folded: lower case, no accents); "1" picks the only choice. */
	public static List<String> moreWords() {
		return List.of("1", "more", "more educators", "show more", "more please", "mas", "mas educadores", "ver mas",
				"mas por favor", "otros");
	}

	/** The correction for a well-formed ZIP code that does not exist. */
	public static String unknownZip(String zip, String language) {
		return spanish(language) ? "No encuentro el código postal " + zip
				+ ". Revísalo, o escribe tu ciudad y estado, como Austin, TX."
				: "I can't find ZIP code " + zip + ". Please check it, or send your city and state, like Austin, TX.";
	}

	/** The referral as one message: a heading, the educators, the sample-data note and how to see more. */
	public static String of(Referral referral, String language, boolean compact) {
		boolean es = spanish(language);
		String place = referral.place().label();
		StringBuilder text = new StringBuilder();
		if (referral.matches().isEmpty()) {
			text.append(es ? "No encontré educadores certificados cerca de " + place + " en nuestra lista. "
					+ "Busca en el directorio completo en " + DIRECTORY_SITE + "."
					: "I found no certified educator near " + place + " in our list. Search the full directory at "
							+ DIRECTORY_SITE + ".");
			return text.toString();
		}
		long radius = Math.round(referral.radiusMiles());
		if (referral.offset() > 0) {
			text.append(es ? "Más educadores:" : "More educators:");
		}
		else if (referral.nearby()) {
			text.append(es ? "Educadores certificados (CEIM) cerca de " + place + ":"
					: "Certified educators (CEIM) near " + place + ":");
		}
		else {
			text.append(es ? "No hay educadores a menos de " + radius + " millas de " + place
					+ " en nuestra lista. Estos dan clases en línea:"
					: "No educator within " + radius + " miles of " + place + " in our list. These teach online:");
		}
		int number = referral.offset();
		for (Match match : referral.matches()) {
			text.append('\n').append(++number).append(". ")
				.append(compact ? shortLine(match, referral.nearby(), es) : longLines(match, es));
		}
		if (!referral.nearby() && referral.offset() == 0) {
			text.append('\n').append(es ? "Más en " + DIRECTORY_SITE + "." : "More at " + DIRECTORY_SITE + ".");
		}
		if (referral.sample()) {
			text.append('\n').append(es ? "(Datos de ejemplo: educadores ficticios, solo para probar.)"
					: "(Sample data: fictional educators, for trying Nurture out.)");
		}
		return text.toString();
	}

	/** One line; for an online educator far away, where they are and what they offer go without saying. */
	private static String shortLine(Match match, boolean nearby, boolean es) {
		Educator educator = match.educator();
		String contact = educator.phone() != null ? educator.phone()
				: educator.email() != null ? educator.email() : educator.website();
		String where = nearby ? educator.city() + " " + distance(match) + ". " + offers(educator, es)
				: educator.state();
		return educator.name() + ", " + where + ". " + languages(educator, es) + ". " + contact;
	}

	private static String longLines(Match match, boolean es) {
		Educator educator = match.educator();
		StringBuilder lines = new StringBuilder();
		lines.append(educator.name()).append(", ").append(educator.credential()).append(" - ").append(educator.city())
			.append(", ").append(educator.state()).append(" (").append(distance(match)).append(')');
		lines.append("\n   ").append(capitalized(offers(educator, es))).append(". ")
			.append(es ? "Idiomas: " : "Languages: ").append(languages(educator, es)).append('.');
		List<String> contacts = new ArrayList<>();
		if (educator.phone() != null) {
			contacts.add(educator.phone());
		}
		if (educator.email() != null) {
			contacts.add(educator.email());
		}
		if (educator.website() != null) {
			contacts.add(educator.website());
		}
		lines.append("\n   ").append(String.join(" | ", contacts));
		return lines.toString();
	}

	private static String distance(Match match) {
		return match.miles() < 1 ? "<1 mi" : Math.round(match.miles()) + " mi";
	}

	private static String offers(Educator educator, boolean es) {
		List<String> labels = new ArrayList<>();
		for (Offer offer : educator.offers()) {
			labels.add(offer.label(es ? "es" : "en"));
		}
		return String.join(", ", labels);
	}

	private static String languages(Educator educator, boolean es) {
		List<String> names = new ArrayList<>();
		for (String code : educator.languages()) {
			names.add(language(code, es));
		}
		return String.join(", ", names);
	}

	private static String language(String code, boolean es) {
		if (code.equals("en")) {
			return es ? "inglés" : "English";
		}
		if (code.equals("es")) {
			return es ? "español" : "Spanish";
		}
		Locale locale = Locale.forLanguageTag(code);
		String name = locale.getDisplayLanguage(es ? Locale.forLanguageTag("es") : Locale.ENGLISH);
		return name.isEmpty() || name.equals(code) ? code.toUpperCase(Locale.ROOT) : name;
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean spanish(String language) {
		return "es".equals(language);
	}
}
