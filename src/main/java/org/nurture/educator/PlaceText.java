package org.nurture.educator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nurture.text.TextFolding;

/**
 * Place names folded as messages are (lower case, no accents, punctuation as single
 * spaces), and state names.
 */
final class PlaceText {

	/**
	 * State and territory names (English, and Spanish where it differs) and codes,
	 * folded, to their code.
	 */
	static final Map<String, String> STATES = states();

	private PlaceText() {
	}

	static String fold(String text) {
		return TextFolding.fold(text);
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
				{ "SD", "south dakota", "dakota del sur" }, { "TN", "tennessee" }, { "TX", "texas" }, { "UT", "utah" },
				{ "VT", "vermont" }, { "VA", "virginia" }, { "WA", "washington" },
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
