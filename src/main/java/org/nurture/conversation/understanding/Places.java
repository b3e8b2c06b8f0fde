package org.nurture.conversation.understanding;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.nurture.conversation.content.Lexicon;
import org.nurture.conversation.content.WordList;
import org.nurture.educator.Gazetteer;
import org.nurture.educator.GeoPoint;
import org.nurture.educator.Place;
import org.nurture.text.EditDistance;
import org.nurture.text.TextFolding;

/**
 * Finds the place in what a parent writes: a ZIP code ({@code 02139}, {@code 02139-4307},
 * "zip is 02139") or a US city ("Austin, TX", "austin tx", "classes in Denver", "cerca de
 * Miami", and small misspellings such as "Sna Diego"), in the educator module's
 * gazetteer. The words around a city are the lexicon's ({@code places}), in every
 * language at once.
 */
public final class Places {

	private static final int LONGEST_CITY_WORDS = 4;

	/**
	 * Rural ZIP codes can be 20 miles and more apart; beyond this, a location is taken to
	 * be outside the US.
	 */
	private static final double LOCATION_REACH_MILES = 50;

	private final Gazetteer gazetteer;

	/** Words after which a city is expected ("classes in Denver", "cerca de Miami"). */
	private final Set<String> cues;

	/**
	 * Words around a bare answer that are not part of the city ("I live in Denver
	 * please").
	 */
	private final Set<String> filler;

	/**
	 * The first word of every state's name or abbreviation ("new" of "new york", "tx"): a
	 * state is looked for only where one of these is, rather than joining every run of
	 * words of the message.
	 */
	private final Set<String> stateStarts;

	public Places(Lexicon lexicon, Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.cues = Set.copyOf(lexicon.words(WordList.PLACE_CUES));
		this.filler = Set.copyOf(lexicon.words(WordList.PLACE_FILLER));
		this.stateStarts = gazetteer.stateNames()
			.stream()
			.map(state -> state.split(" ")[0])
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The place in the text. {@code answer}: the text answers "what's your ZIP code or
	 * city?", so a bare city name counts and misspellings are guessed; otherwise (a
	 * question such as "classes in Denver?") a city needs its state or a word like "in"
	 * before it, and must be spelt right (guessing in every question would cost time and
	 * surprises).
	 */
	public Optional<Place> find(String text, boolean answer) {
		Optional<String> zip = ZipCodes.in(text);
		if (zip.isPresent()) {
			return gazetteer.zip(zip.get());
		}
		String[] words = TextFolding.fold(text).split(" ");
		if (words.length == 0 || words[0].isEmpty()) {
			return Optional.empty();
		}
		for (boolean exact : answer ? new boolean[] { true, false } : new boolean[] { true }) {
			Optional<Place> found = withState(words, exact);
			if (found.isEmpty()) {
				found = afterCue(words, exact);
			}
			if (found.isEmpty() && answer) {
				found = whole(words, exact);
			}
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * A shared location: a place when a ZIP code's point is within
	 * {@value #LOCATION_REACH_MILES} miles of it.
	 */
	public Optional<Place> near(GeoPoint point) {
		return gazetteer.near(point, LOCATION_REACH_MILES);
	}

	private Optional<Place> withState(String[] words, boolean exact) {
		for (int at = 1; at < words.length; at++) {
			if (!stateStarts.contains(words[at])) {
				continue;
			}
			for (int stateWords = 3; stateWords >= 1; stateWords--) {
				if (at + stateWords > words.length) {
					continue;
				}
				String state = gazetteer.stateCode(join(words, at, at + stateWords)).orElse(null);
				if (state == null) {
					continue;
				}
				for (int from = Math.max(0, at - LONGEST_CITY_WORDS); from < at; from++) {
					Optional<Place> city = city(join(words, from, at), state, exact);
					if (city.isPresent()) {
						return city;
					}
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Place> afterCue(String[] words, boolean exact) {
		for (int cue = 0; cue < words.length - 1; cue++) {
			if (!cues.contains(words[cue])) {
				continue;
			}
			for (int to = Math.min(words.length, cue + 1 + LONGEST_CITY_WORDS); to > cue + 1; to--) {
				Optional<Place> city = city(join(words, cue + 1, to), null, exact);
				if (city.isPresent()) {
					return city;
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Place> whole(String[] words, boolean exact) {
		Optional<Place> city = city(join(words, 0, words.length), null, exact);
		if (city.isPresent()) {
			return city;
		}
		int from = 0;
		int to = words.length;
		while (from < to && filler.contains(words[from])) {
			from++;
		}
		while (to > from && filler.contains(words[to - 1])) {
			to--;
		}
		return from < to && (from > 0 || to < words.length) ? city(join(words, from, to), null, exact)
				: Optional.empty();
	}

	/**
	 * The city by its name, exactly or give or take a typo or two in a long enough name.
	 */
	private Optional<Place> city(String name, String state, boolean exact) {
		if (exact) {
			return gazetteer.city(name, state);
		}
		int allowed = name.length() >= 9 ? 2 : name.length() >= 5 ? 1 : 0;
		String best = null;
		int bestDistance = allowed + 1;
		int bestZips = 0;
		for (int length = name.length() - allowed; length <= name.length() + allowed; length++) {
			for (String candidate : gazetteer.guessableNames(state, length)) {
				if (candidate.charAt(0) != name.charAt(0)
						&& candidate.charAt(candidate.length() - 1) != name.charAt(name.length() - 1)) {
					continue;
				}
				int distance = EditDistance.between(name, candidate, allowed);
				if (distance > allowed || distance > bestDistance) {
					continue;
				}
				int zips = gazetteer.zipCount(candidate);
				if (distance < bestDistance || zips > bestZips) {
					best = candidate;
					bestDistance = distance;
					bestZips = zips;
				}
			}
		}
		return best == null ? Optional.empty() : gazetteer.city(best, state);
	}

	private static String join(String[] words, int from, int to) {
		return String.join(" ", Arrays.asList(words).subList(from, to));
	}

}
