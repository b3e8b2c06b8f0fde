package org.nurture.educator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the columns of the directory's rows, one row at a time, and makes an educator of
 * a row with no problem. Every column of a row is checked, so that one read reports all
 * that is wrong; ids are remembered from row to row, so that a second use of one is
 * caught.
 */
final class EducatorRow {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

	private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/]+\\.[^\\s]+", Pattern.CASE_INSENSITIVE);

	private static final Pattern ZIP = Pattern.compile("\\d{5}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final double MAX_RADIUS_MILES = 500;

	/**
	 * Where a row's problems go, each as the row it is on, the column, what is wrong and
	 * how to fix it.
	 */
	@FunctionalInterface
	interface Problems {

		void add(int row, String column, String what, String fix);

	}

	private final Gazetteer gazetteer;

	private final Problems problems;

	private final Map<String, Integer> ids = new HashMap<>();

	private int reported;

	EducatorRow(Gazetteer gazetteer, Problems problems) {
		this.gazetteer = gazetteer;
		this.problems = problems;
	}

	/**
	 * The educator of the row on line {@code line}, given its stripped values by
	 * lower-case column name; empty when anything in it is wrong.
	 */
	Optional<Educator> educator(int line, Map<String, String> values) {
		int before = reported;
		String id = values.get("id");
		if (id.isEmpty()) {
			problem(line, "id", "it is empty", "give every educator a unique id, such as ceim-0042");
		}
		else if (!ID.matcher(id).matches()) {
			problem(line, "id", "'" + id + "' has spaces or symbols", "use letters, digits, '-', '_' or '.'");
		}
		else {
			Integer first = ids.putIfAbsent(id, line);
			if (first != null) {
				problem(line, "id", "'" + id + "' is already used on row " + first, "give every educator a unique id");
			}
		}
		required(line, values, "name", "write the name parents will see");
		required(line, values, "credential", "write the credential, such as CEIM");
		required(line, values, "city", "write the city they teach from");
		String phone = optional(values, "phone");
		Optional<String> dialled = phone == null ? Optional.empty() : UsPhone.format(phone);
		if (phone != null && dialled.isEmpty()) {
			problem(line, "phone", "'" + phone + "' is not a US phone number", "write 10 digits, such as 512-555-0101");
		}
		String email = optional(values, "email");
		if (email != null && !EMAIL.matcher(email).matches()) {
			problem(line, "email", "'" + email + "' is not an email address", "write it like name@example.org");
		}
		String website = optional(values, "website");
		if (website != null && !WEBSITE.matcher(website).matches()) {
			problem(line, "website", "'" + website + "' is not a web address",
					"write it with https://, such as https://example.org");
		}
		if (phone == null && email == null && website == null) {
			problem(line, "phone", "there is no way to reach them", "fill phone, email or website");
		}
		String state = values.get("state").toUpperCase(Locale.ROOT);
		if (!PlaceText.STATES.containsValue(state) || state.length() != 2) {
			String code = PlaceText.STATES.get(PlaceText.fold(values.get("state")));
			problem(line, "state",
					values.get("state").isEmpty() ? "it is empty" : "'" + values.get("state") + "' is not a state code",
					code != null ? "write " + code : "write the two-letter code, such as TX");
		}
		GeoPoint point = point(line, values);
		String zip = values.get("zip");
		if (!ZIP.matcher(zip).matches()) {
			problem(line, "zip", zip.isEmpty() ? "it is empty" : "'" + zip + "' is not a five-digit ZIP code",
					"write 5 digits, keeping leading zeros (02139); a spreadsheet may have dropped them");
		}
		else if (point == null && gazetteer.zip(zip).isEmpty() && optional(values, "latitude") == null) {
			problem(line, "zip", zip + " is not in the gazetteer", "check it, or fill latitude and longitude");
		}
		List<String> languages = languages(line, values.get("languages"));
		List<Offer> offers = offers(line, values.get("offers"));
		Double radius = radius(line, optional(values, "radius_miles"));
		boolean sample = sample(line, optional(values, "sample"));
		if (reported > before) {
			return Optional.empty();
		}
		GeoPoint where = point != null ? point : gazetteer.zip(zip).orElseThrow().point();
		return Optional.of(new Educator(id, values.get("name"), values.get("credential"), dialled.orElse(null), email,
				website, values.get("city"), state, zip, where, languages, offers, radius, sample));
	}

	private GeoPoint point(int line, Map<String, String> values) {
		String latitude = optional(values, "latitude");
		String longitude = optional(values, "longitude");
		if (latitude == null && longitude == null) {
			return null;
		}
		if (latitude == null || longitude == null) {
			String empty = latitude == null ? "latitude" : "longitude";
			problem(line, empty, "it is empty while " + (latitude == null ? "longitude" : "latitude") + " is filled",
					"fill both, or neither to use the ZIP code's coordinates");
			return null;
		}
		Double lat = degrees(line, "latitude", latitude, 90, "30.2672");
		Double lon = degrees(line, "longitude", longitude, 180, "-97.7431");
		return lat == null || lon == null ? null : new GeoPoint(lat, lon);
	}

	private Double degrees(int line, String column, String text, double limit, String example) {
		try {
			double value = Double.parseDouble(text);
			if (value >= -limit && value <= limit) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(line, column, "'" + text + "' is not a " + column,
				"write decimal degrees between -" + (int) limit + " and " + (int) limit + ", such as " + example);
		return null;
	}

	private List<String> languages(int line, String text) {
		List<String> languages = new ArrayList<>();
		for (String part : text.split(";")) {
			String code = part.strip().toLowerCase(Locale.ROOT);
			if (code.isEmpty()) {
				continue;
			}
			if (!LANGUAGE.matcher(code).matches()) {
				problem(line, "languages", "'" + part.strip() + "' is not a language code",
						"write two-letter codes separated by ';', such as en;es");
			}
			else if (!languages.contains(code)) {
				languages.add(code);
			}
		}
		if (languages.isEmpty() && text.replace(";", "").isBlank()) {
			problem(line, "languages", "it is empty", "list the languages they teach in, such as en;es");
		}
		return languages;
	}

	private List<Offer> offers(int line, String text) {
		List<Offer> offers = new ArrayList<>();
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			Optional<Offer> offer = Offer.fromCode(part);
			if (offer.isEmpty()) {
				problem(line, "offers", "'" + part.strip() + "' is not an offer",
						"use group, private, in_home or virtual, separated by ';'");
			}
			else if (!offers.contains(offer.get())) {
				offers.add(offer.get());
			}
		}
		if (offers.isEmpty() && text.replace(";", "").isBlank()) {
			problem(line, "offers", "it is empty", "list what they offer, such as group;virtual");
		}
		return offers;
	}

	private Double radius(int line, String text) {
		if (text == null) {
			return null;
		}
		try {
			double miles = Double.parseDouble(text);
			if (miles > 0 && miles <= MAX_RADIUS_MILES) {
				return miles;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(line, "radius_miles", "'" + text + "' is not a distance in miles",
				"write a number from 1 to " + (int) MAX_RADIUS_MILES + ", or leave it empty for the default");
		return null;
	}

	private boolean sample(int line, String text) {
		if (text == null) {
			return false;
		}
		String value = text.toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("yes")) {
			return true;
		}
		if (!value.equals("false") && !value.equals("no")) {
			problem(line, "sample", "'" + text + "' is not yes or no",
					"write yes for fictional sample rows, or leave it empty");
		}
		return false;
	}

	private void required(int line, Map<String, String> values, String column, String fix) {
		if (values.get(column).isEmpty()) {
			problem(line, column, "it is empty", fix);
		}
	}

	private static String optional(Map<String, String> values, String column) {
		String value = values.get(column);
		return value == null || value.isEmpty() ? null : value;
	}

	private void problem(int row, String column, String what, String fix) {
		reported++;
		problems.add(row, column, what, fix);
	}

}
