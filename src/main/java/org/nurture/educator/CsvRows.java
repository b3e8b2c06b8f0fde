package org.nurture.educator;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: commas, double quotes around fields that hold commas, quotes or line breaks, {@code ""}
 * for a quote inside them) into rows, each with the line it starts on.
 */
final class CsvRows {

	private CsvRows() {
	}

	/**
	 * A row of fields, from line {@code line} of the file; {@code unclosedQuote} when the file ended inside quotes.
	 */
	record Row(int line, List<String> fields, boolean unclosedQuote) {
	}

	static List<Row> parse(String text) {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean rowHasContent = false;
		int line = 1;
		int rowLine = 1;
		int start = text.startsWith("\uFEFF") ? 1 : 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			if (c == '"' && field.length() == 0) {
				quoted = true;
				rowHasContent = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				rowHasContent = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (rowHasContent || field.length() > 0) {
					fields.add(field.toString());
					rows.add(new Row(rowLine, List.copyOf(fields), false));
				}
				fields.clear();
				field.setLength(0);
				rowHasContent = false;
				line++;
				rowLine = line;
			}
			else {
				field.append(c);
				rowHasContent = true;
			}
		}
		if (rowHasContent || field.length() > 0 || quoted) {
			fields.add(field.toString());
			rows.add(new Row(rowLine, List.copyOf(fields), quoted));
		}
		return rows;
	}
}
