package org.nurture.educator;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Folding and spelling helpers for place names: lower case, no accents, punctuation as single spaces. */
final class PlaceText {

	/** State and territory names (English, and Spanish where it differs) and codes, folded, to their code. */
	static final Map<String, String> STATES = states();

	private PlaceText() {
	}

	static String fold(String text) {
		String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019') {
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				folded.append(c);
			}
			else if (folded.length() > 0 && folded.charAt(folded.length() - 1) != ' ') {
				folded.append(' ');
			}
		}
		int end = folded.length();
		if (end > 0 && folded.charAt(end - 1) == ' ') {
			folded.setLength(end - 1);
		}
		return folded.toString();
	}

	/** Optimal string alignment distance (a swap of two neighbours counts once), or more than {@code max}. */
	static int distance(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return max + 1;
		}
		int[] twoBack = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					best = Math.min(best, twoBack[j - 2] + 1);
				}
				current[j] = best;
				rowMin = Math.min(rowMin, best);
			}
			if (rowMin > max) {
				return max + 1;
			}
			int[] recycled = twoBack;
			twoBack = previous;
			previous = current;
			current = recycled;
		}
		return previous[b.length()];
	}

	private static Map<String, String> states() {
		String[][] states = { { "AL", "alabama" }, { "AK", "alaska" }, { "AZ", "arizona" }, { "AR", "arkansas" },
				{ "CA", "california" }, { "CO", "colorado" }, { "CT", "connecticut" }, { "DE", "delaware" },
				{ "DC", "district of columbia", "washington dc", "distrito de columbia" }, { "FL", "florida" },
				{ "GA", "georgia" }, { "HI", "hawaii", "hawai" }, { "ID", "idaho" }, { "IL", "illinois" },
				{ "IN", "indiana" }, { "IA", "iowa" }, { "KS", "kansas" }, { "KY", "kentucky" },
				{ "LA", "louisiana", "luisiana" }, { "ME", "maine" }, { "MD", "maryland" }, { "MA", "massachusetts" },
				{ "MI", "michigan", "michigan" }, { "MN", "minnesota" }, { "MS", "mississippi", "misisipi" },
				{ "MO", "missouri", "misuri" }, { "MT", "montana" }, { "NE", "nebraska" }, { "NV", "nevada" },
				{ "NH", "new hampshire", "nuevo hampshire" }, { "NJ", "new jersey", "nueva jersey" },
				{ "NM", "new mexico", "nuevo mexico" }, { "NY", "new york", "nueva york" },
				{ "NC", "north carolina", "carolina del norte" }, { "ND", "north dakota", "dakota del norte" },
				{ "OH", "ohio" }, { "OK", "oklahoma" }, { "OR", "oregon" }, { "PA", "pennsylvania", "pensilvania" },
				{ "PR", "puerto rico" }, { "RI", "rhode island" }, { "SC", "south carolina", "carolina del sur" },
				{ "SD", "south dakota", "dakota del sur" }, { "TN", "tennessee" }, { "TX", "texas" },
				{ "UT", "utah" }, { "VT", "vermont" }, { "VA", "virginia" }, { "WA", "washington" },
				{ "WV", "west virginia", "virginia occidental" }, { "WI", "wisconsin" }, { "WY", "wyoming" },
				{ "GU", "guam" }, { "VI", "virgin islands", "islas virgenes" } };
		Map<String, String> byName = new HashMap<>();
		for (String[] state : states) {
			byName.put(state[0].toLowerCase(Locale.ROOT), state[0]);
			for (int i = 1; i < state.length; i++) {
				byName.put(state[i], state[0]);
			}
		}
		return Map.copyOf(byName);
	}
}
