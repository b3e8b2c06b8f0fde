package org.nurture.educator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and validates the educators directory (see {@code docs/educators.md}). Every
 * problem is reported at once, as {@code <file>:<row> <column>: <what>; <fix>}, row 1
 * being the header and a row's number the line it starts on, as an editor shows it. This
 * class reads the file's rows and header; {@link EducatorRow} checks each row's columns.
 */
final class DirectoryCsv {

	static final List<String> REQUIRED = List.of("id", "name", "credential", "phone", "email", "website", "city",
			"state", "zip", "languages", "offers");

	static final List<String> OPTIONAL = List.of("latitude", "longitude", "radius_miles", "sample");

	/**
	 * RFC 4180 as spreadsheets save it, empty lines skipped. Text after a closing quote
	 * is kept in the field ({@code "Tuesdays, 10am" sharp}), so the one thing the parser
	 * refuses is a quote that is never closed.
	 */
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrailingData(true).get();

	private static final String BOM = "\uFEFF";

	private final String file;

	private final List<String> problems = new ArrayList<>();

	private DirectoryCsv(String file) {
		this.file = file;
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
		return new DirectoryCsv(file).read(text.startsWith(BOM) ? text.substring(BOM.length()) : text, gazetteer);
	}

	private Result read(String text, Gazetteer gazetteer) {
		Lines lines = new Lines(text);
		long breaks = 0;
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				problem(1, "header", "the file is empty",
						"start it with the header row: " + String.join(",", REQUIRED));
				return new Result(List.of(), problems);
			}
			Map<String, Integer> columns = header(records.next());
			breaks = parser.getCurrentLineNumber();
			if (!problems.isEmpty()) {
				return new Result(List.of(), problems);
			}
			if (!records.hasNext()) {
				problem(1, "header", "the directory has no educators", "add one row per educator below the header");
			}
			EducatorRow rows = new EducatorRow(gazetteer, this::problem);
			List<Educator> educators = new ArrayList<>();
			while (records.hasNext()) {
				educator(lines.start(breaks), records.next(), columns, rows).ifPresent(educators::add);
				breaks = parser.getCurrentLineNumber();
			}
			return new Result(problems.isEmpty() ? educators : List.of(), problems);
		}
		catch (UncheckedIOException ex) {
			// With trailing data allowed, the parser fails only on a quote left open: the
			// rest of the file is in it.
			problem(lines.start(breaks), breaks == 0 ? "header" : "row", "a quote is opened and never closed",
					"close the quote, and write a quote inside quoted text as \"\"");
			return new Result(List.of(), problems);
		}
		catch (IOException ex) {
			// declared by CSVParser.parse; reading a string cannot fail
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<Educator> educator(int line, CSVRecord row, Map<String, Integer> columns, EducatorRow rows) {
		if (row.size() != columns.size()) {
			problem(line, "row", "it has " + row.size() + " fields but the header has " + columns.size(),
					"check for a missing comma, or put text that holds a comma in double quotes");
			return Optional.empty();
		}
		Map<String, String> values = new HashMap<>();
		columns.forEach((name, index) -> values.put(name, row.get(index).strip()));
		return rows.educator(line, values);
	}

	private Map<String, Integer> header(CSVRecord row) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < row.size(); i++) {
			String name = row.get(i).strip().toLowerCase(Locale.ROOT);
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

	private void problem(int row, String column, String what, String fix) {
		problems.add(file + ":" + row + " " + column + ": " + what + "; " + fix);
	}

	/**
	 * Finds the line a record starts on. Between records, the parser has counted the line
	 * breaks it read (a quoted field's own included), but it skips empty lines before a
	 * record without counting a record for them: here they are skipped in the text. A
	 * line break is CR LF, LF or CR, as the parser counts them. Only moves forward, so
	 * the text is scanned once.
	 */
	private static final class Lines {

		private final String text;

		private int offset;

		private long breaks;

		Lines(String text) {
			this.text = text;
		}

		/**
		 * The line (from 1) of the first record after {@code breaksBefore} line breaks.
		 */
		int start(long breaksBefore) {
			while (breaks < breaksBefore && offset < text.length()) {
				next();
			}
			while (offset < text.length() && (text.charAt(offset) == '\r' || text.charAt(offset) == '\n')) {
				next();
			}
			return (int) breaks + 1;
		}

		/** Moves past the next line break. */
		private void next() {
			while (offset < text.length() && text.charAt(offset) != '\r' && text.charAt(offset) != '\n') {
				offset++;
			}
			if (offset < text.length()) {
				offset += text.startsWith("\r\n", offset) ? 2 : 1;
				breaks++;
			}
		}

	}

}
