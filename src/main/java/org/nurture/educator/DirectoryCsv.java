package org.nurture.educator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and validates the educators directory (see {@code docs/educators.md}). Every problem is reported at once, as
 * {@code <file>:<row> <column>: <what>; <fix>}, row 1 being the header.
 */
final class DirectoryCsv {

	static final List<String> REQUIRED = List.of("id", "name", "credential", "phone", "email", "website", "city",
			"state", "zip", "languages", "offers");

	static final List<String> OPTIONAL = List.of("latitude", "longitude", "radius_miles", "sample");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]+");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

	private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/]+\\.[^\\s]+", Pattern.CASE_INSENSITIVE);

	private static final Pattern ZIP = Pattern.compile("\\d{5}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final double MAX_RADIUS_MILES = 500;

	private final String file;

	private final Gazetteer gazetteer;

	private final List<String> problems = new ArrayList<>();

	private DirectoryCsv(String file, Gazetteer gazetteer) {
		this.file = file;
		this.gazetteer = gazetteer;
	}

	/** The result of a read: the educators when there are no problems. */
	record Result(List<Educator> educators, List<String> problems) {

		Result {
			educators = List.copyOf(educators);
			problems = List.copyOf(problems);
		}

		boolean ok() {
			return problems.isEmpty();
		}
	}

	static Result read(String file, String text, Gazetteer gazetteer) {
		return new DirectoryCsv(file, gazetteer).read(text);
	}

	private Result read(String text) {
		List<CsvRows.Row> rows = CsvRows.parse(text);
		if (rows.isEmpty()) {
			problem(1, "header", "the file is empty", "start it with the header row: " + String.join(",", REQUIRED));
			return new Result(List.of(), problems);
		}
		Map<String, Integer> columns = header(rows.get(0));
		if (!problems.isEmpty()) {
			return new Result(List.of(), problems);
		}
		if (rows.size() == 1) {
			problem(1, "header", "the directory has no educators", "add one row per educator below the header");
		}
		List<Educator> educators = new ArrayList<>();
		Map<String, Integer> ids = new HashMap<>();
		for (CsvRows.Row row : rows.subList(1, rows.size())) {
			educator(row, columns, ids).ifPresent(educators::add);
		}
		return new Result(problems.isEmpty() ? educators : List.of(), problems);
	}

	private Map<String, Integer> header(CsvRows.Row row) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < row.fields().size(); i++) {
			String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
			if (columns.putIfAbsent(name, i) != null) {
				problem(1, name, "the column appears twice", "keep one '" + name + "' column");
			}
		}
		for (String required : REQUIRED) {
			if (!columns.containsKey(required)) {
				problem(1, required, "the column is missing", "add a '" + required + "' column to the header row");
			}
		}
		boolean latitude = columns.containsKey("latitude");
		if (latitude != columns.containsKey("longitude")) {
			String missing = latitude ? "longitude" : "latitude";
			problem(1, missing, "the column is missing while '" + (latitude ? "latitude" : "longitude") + "' is there",
					"add both latitude and longitude columns, or neither");
		}
		return columns;
	}

	private Optional<Educator> educator(CsvRows.Row row, Map<String, Integer> columns, Map<String, Integer> ids) {
		int line = row.line();
		int before = problems.size();
		if (row.unclosedQuote()) {
			problem(line, "row", "a quote is opened and never closed", "close the quote, and write a quote inside quoted text as \"\"");
			return Optional.empty();
		}
		if (row.fields().size() != columns.size()) {
			problem(line, "row", "it has " + row.fields().size() + " fields but the header has " + columns.size(),
					"check for a missing comma, or put text that holds a comma in double quotes");
			return Optional.empty();
		}
		Map<String, String> values = new HashMap<>();
		columns.forEach((name, index) -> values.put(name, row.fields().get(index).strip()));
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
		if (phone != null && !phone(phone)) {
			problem(line, "phone", "'" + phone + "' is not a US phone number", "write 10 digits, such as 512-555-0101");
		}
		String email = optional(values, "email");
		if (email != null && !EMAIL.matcher(email).matches()) {
			problem(line, "email", "'" + email + "' is not an email address", "write it like name@example.org");
		}
		String website = optional(values, "website");
		if (website != null && !WEBSITE.matcher(website).matches()) {
			problem(line, "website", "'" + website + "' is not a web address", "write it with https://, such as https://example.org");
		}
		if (phone == null && email == null && website == null) {
			problem(line, "phone", "there is no way to reach them", "fill phone, email or website");
		}
		String state = values.get("state").toUpperCase(Locale.ROOT);
		if (!PlaceText.STATES.containsValue(state) || state.length() != 2) {
			String code = PlaceText.STATES.get(PlaceText.fold(values.get("state")));
			problem(line, "state", values.get("state").isEmpty() ? "it is empty" : "'" + values.get("state") + "' is not a state code",
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
		if (problems.size() > before) {
			return Optional.empty();
		}
		GeoPoint where = point != null ? point : gazetteer.zip(zip).orElseThrow().point();
		return Optional.of(new Educator(id, values.get("name"), values.get("credential"), phone, email, website,
				values.get("city"), state, zip, where, languages, offers, radius, sample));
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
				problem(line, "languages", "'" + part.strip() + "' is not a language code", "write two-letter codes separated by ';', such as en;es");
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
				problem(line, "offers", "'" + part.strip() + "' is not an offer", "use group, private, in_home or virtual, separated by ';'");
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
			problem(line, "sample", "'" + text + "' is not yes or no", "write yes for fictional sample rows, or leave it empty");
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

	private static boolean phone(String text) {
		String digits = text.replaceAll("[\\s().+-]", "");
		if (digits.length() == 11 && digits.startsWith("1")) {
			digits = digits.substring(1);
		}
		return digits.length() == 10 && digits.chars().allMatch(Character::isDigit) && digits.charAt(0) >= '2';
	}

	private void problem(int row, String column, String what, String fix) {
		problems.add(file + ":" + row + " " + column + ": " + what + "; " + fix);
	}
}
