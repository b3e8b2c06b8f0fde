package org.nurture.educator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * US ZIP codes and cities with their coordinates and time zones, from the project's copy
 * of the Census ZCTA internal points and the {@code zipcodes} package's names, with the
 * IANA zone of each point precomputed from timezone-boundary-builder's polygons by
 * {@code tools/zip-time-zones} (see {@code src/main/resources/gazetteer/NOTICE.md}).
 * Immutable once loaded.
 */
public final class Gazetteer {

	/**
	 * The bundled resource: {@code zip,latitude,longitude,city,state,time_zone}, gzipped.
	 */
	public static final String RESOURCE = "/gazetteer/us-zip-codes.csv.gz";

	private final Map<String, Zip> zips;

	private final Map<String, List<City>> citiesByName;

	/**
	 * Names to guess a misspelling from, by state ({@link #WELL_KNOWN} for any state),
	 * then by length.
	 */
	private final Map<String, Map<Integer, List<String>>> guessable;

	/**
	 * Without a state, only a city with at least this many ZIP codes is guessed from a
	 * misspelling.
	 */
	private static final int WELL_KNOWN_ZIPS = 3;

	private static final String WELL_KNOWN = "";

	private static final double MILES_PER_DEGREE_LATITUDE = 69.0;

	private Gazetteer(Map<String, Zip> zips, Map<String, List<City>> citiesByName) {
		this.zips = zips;
		this.citiesByName = citiesByName;
		Map<String, Map<Integer, List<String>>> names = new HashMap<>();
		citiesByName.forEach((name, cities) -> {
			for (City city : cities) {
				names.computeIfAbsent(city.state(), key -> new HashMap<>())
					.computeIfAbsent(name.length(), key -> new ArrayList<>())
					.add(name);
			}
			if (cities.get(0).zipCount() >= WELL_KNOWN_ZIPS) {
				names.computeIfAbsent(WELL_KNOWN, key -> new HashMap<>())
					.computeIfAbsent(name.length(), key -> new ArrayList<>())
					.add(name);
			}
		});
		names.values().forEach(byLength -> byLength.values().forEach(Collections::sort));
		this.guessable = names;
	}

	/** The bundled gazetteer, read once per class loader on first use. */
	public static Gazetteer shared() {
		return Shared.INSTANCE;
	}

	/** The bundled gazetteer, read afresh. */
	public static Gazetteer bundled() {
		try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The gazetteer " + RESOURCE + " is missing from the classpath");
			}
			return read(new GZIPInputStream(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the gazetteer " + RESOURCE, ex);
		}
	}

	static Gazetteer read(InputStream csv) throws IOException {
		Map<String, Zip> zips = new HashMap<>(60_000);
		Map<String, Map<String, CityZips>> byCity = new HashMap<>();
		// About a hundred zones among 42,000 rows: one ZoneId each, shared.
		Map<String, ZoneId> zones = new HashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		reader.readLine();
		int lineNumber = 1;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNumber++;
			String[] fields = line.split(",", -1);
			if (fields.length < 6 || fields[5].isEmpty()) {
				throw new IllegalStateException("Line " + lineNumber + " of the gazetteer has no time zone: " + line);
			}
			GeoPoint point = new GeoPoint(Double.parseDouble(fields[1]), Double.parseDouble(fields[2]));
			String city = fields[3];
			String state = fields[4];
			ZoneId zone = zones.computeIfAbsent(fields[5], ZoneId::of);
			zips.put(fields[0], new Zip(fields[0], point, city, state, zone));
			if (!city.isEmpty() && !state.isEmpty()) {
				byCity.computeIfAbsent(PlaceText.fold(city), key -> new HashMap<>())
					.computeIfAbsent(state, key -> new CityZips(city))
					.add(point, zone);
			}
		}
		Map<String, List<City>> cities = new HashMap<>(byCity.size() * 2);
		byCity.forEach((folded, byState) -> {
			List<City> list = new ArrayList<>(byState.size());
			byState.forEach((state, city) -> list.add(city.toCity(state)));
			list.sort((a, b) -> Integer.compare(b.zipCount(), a.zipCount()));
			cities.put(folded, List.copyOf(list));
		});
		return new Gazetteer(Map.copyOf(zips), Map.copyOf(cities));
	}

	/** The ZIP code's place, if the gazetteer has it. */
	public Optional<Place> zip(String zip) {
		Zip found = zips.get(zip);
		return found == null ? Optional.empty()
				: Optional.of(new Place(zip, found.point(), zip, found.city(), found.state(), found.zone()));
	}

	/**
	 * The ZIP code's IANA time zone, if the gazetteer has the ZIP code: the zone its
	 * point lies in ({@code America/Phoenix}, {@code America/Indiana/Indianapolis},
	 * {@code Pacific/Honolulu}, {@code America/Puerto_Rico}...).
	 */
	public Optional<ZoneId> zone(String zip) {
		Zip found = zips.get(zip);
		return found == null ? Optional.empty() : Optional.of(found.zone());
	}

	/**
	 * A shared location (Telegram) as a place: measured from the point itself, named and
	 * recorded after the nearest ZIP code's city and prefix, in that ZIP code's time
	 * zone. Empty when no ZIP code is within {@code maxMiles}, such as outside the US.
	 */
	public Optional<Place> near(GeoPoint point, double maxMiles) {
		Zip nearest = null;
		double best = maxMiles;
		for (Zip zip : zips.values()) {
			if (Math.abs(zip.point().latitude() - point.latitude()) * MILES_PER_DEGREE_LATITUDE > best) {
				continue;
			}
			double miles = point.milesTo(zip.point());
			if (miles <= best && !zip.city().isEmpty()) {
				best = miles;
				nearest = zip;
			}
		}
		return nearest == null ? Optional.empty() : Optional.of(new Place(nearest.city() + ", " + nearest.state(),
				point, nearest.zip(), nearest.city(), nearest.state(), nearest.zone()));
	}

	/**
	 * The two-letter code of a state or territory, by its folded name or code ("new
	 * york", "nueva york", "ny").
	 */
	public Optional<String> stateCode(String foldedName) {
		return Optional.ofNullable(PlaceText.STATES.get(foldedName));
	}

	/** Every folded state name and code {@link #stateCode} knows. */
	public Set<String> stateNames() {
		return PlaceText.STATES.keySet();
	}

	/**
	 * The city in the state ({@code state} null: the one with the most ZIP codes), by its
	 * folded name. Its time zone is the one most of its ZIP codes have.
	 */
	public Optional<Place> city(String foldedName, String state) {
		List<City> cities = citiesByName.get(foldedName);
		if (cities == null) {
			return Optional.empty();
		}
		for (City city : cities) {
			if (state == null || city.state().equals(state)) {
				return Optional.of(new Place(city.name() + ", " + city.state(), city.centroid(), null, city.name(),
						city.state(), city.zone()));
			}
		}
		return Optional.empty();
	}

	/**
	 * How many ZIP codes the city has (in the state where it has most): how well known a
	 * name is, for guesses.
	 */
	public int zipCount(String foldedName) {
		List<City> cities = citiesByName.get(foldedName);
		return cities == null ? 0 : cities.get(0).zipCount();
	}

	/**
	 * Folded city names of the given length to guess a misspelling from: those of the
	 * state, or with no state the well-known ones (a few ZIP codes at least), so that a
	 * typo is not taken for a village across the country.
	 */
	public List<String> guessableNames(String state, int length) {
		return guessable.getOrDefault(state == null ? WELL_KNOWN : state, Map.of()).getOrDefault(length, List.of());
	}

	int size() {
		return zips.size();
	}

	private static GeoPoint centroid(List<GeoPoint> points) {
		double lat = 0;
		double lon = 0;
		for (GeoPoint point : points) {
			lat += point.latitude();
			lon += point.longitude();
		}
		return new GeoPoint(lat / points.size(), lon / points.size());
	}

	private static final class Shared {

		static final Gazetteer INSTANCE = bundled();

	}

	private record Zip(String zip, GeoPoint point, String city, String state, ZoneId zone) {
	}

	private record City(String name, String state, GeoPoint centroid, int zipCount, ZoneId zone) {
	}

	/** A city's ZIP codes in one state, while the gazetteer is read. */
	private static final class CityZips {

		/** The city's name as its first ZIP code writes it. */
		private final String name;

		private final List<GeoPoint> points = new ArrayList<>();

		private final Map<ZoneId, Integer> zones = new HashMap<>(4);

		CityZips(String name) {
			this.name = name;
		}

		void add(GeoPoint point, ZoneId zone) {
			points.add(point);
			zones.merge(zone, 1, Integer::sum);
		}

		/**
		 * The city, in the zone most of its ZIP codes have (a tie: the zone id first in
		 * alphabetical order).
		 */
		City toCity(String state) {
			ZoneId zone = null;
			int most = 0;
			for (Map.Entry<ZoneId, Integer> entry : zones.entrySet()) {
				int count = entry.getValue();
				if (count > most || (count == most && entry.getKey().getId().compareTo(zone.getId()) < 0)) {
					most = count;
					zone = entry.getKey();
				}
			}
			return new City(name, state, centroid(points), points.size(), zone);
		}

	}

}
