package org.nurture.tools;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import net.iakovlev.timeshape.TimeZoneEngine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes the service's gazetteer ({@code zip,latitude,longitude,city,state,time_zone},
 * gzipped) from the shared ZIP code CSV or from the gazetteer itself, with each ZIP
 * code's IANA time zone looked up from its coordinates in timeshape's polygons
 * (timezone-boundary-builder, from OpenStreetMap).
 * <p>
 * Coordinates are rounded to 4 decimals, as the service keeps them, before the lookup, so
 * the output is the same from either input. Fallbacks, each printed:
 * <ul>
 * <li>a point in no land zone (offshore: timeshape answers an ocean's {@code Etc/GMT+n})
 * takes the zone of the nearest ZIP code of the same state that has one (a point in
 * overlapping zones: the nearest that has one of them);</li>
 * <li>a ZIP code of a state or territory placed outside the US ({@link #US_ZONES}), or
 * with no coordinates, takes the zone most ZIP codes with its first 3 digits have (none:
 * most of its state's).</li>
 * </ul>
 * Ties go to the lower ZIP code, or the zone id first in alphabetical order. Military ZIP
 * codes (AA, AE, AP) take the zone of the base's coordinates, anywhere. The gzip output
 * has no file name and no time stamp: the same input gives the same bytes.
 * <p>
 * {@code ./mvnw -f tools/zip-time-zones/pom.xml -q compile exec:java -Dexec.args="<in.csv[.gz]> <out.csv.gz>"}
 */
public final class ZipTimeZones {

	private static final String HEADER = "zip,latitude,longitude,city,state,time_zone";

	private static final double EARTH_RADIUS_MILES = 3958.8;

	/**
	 * The zones of the US, its territories (PR, VI, GU, MP, AS, the minor outlying
	 * islands) and the freely associated states (PW, FM, MH), as tzdata's
	 * {@code zone1970.tab} and {@code backward} name them. A ZIP code of a state or
	 * territory that timeshape places in another zone has coordinates that cannot be
	 * right (such as a longitude without its minus sign).
	 */
	private static final Set<String> US_ZONES = Set.of("America/New_York", "America/Detroit",
			"America/Kentucky/Louisville", "America/Kentucky/Monticello", "America/Indiana/Indianapolis",
			"America/Indiana/Vincennes", "America/Indiana/Winamac", "America/Indiana/Marengo",
			"America/Indiana/Petersburg", "America/Indiana/Vevay", "America/Chicago", "America/Indiana/Tell_City",
			"America/Indiana/Knox", "America/Menominee", "America/North_Dakota/Center",
			"America/North_Dakota/New_Salem", "America/North_Dakota/Beulah", "America/Denver", "America/Boise",
			"America/Phoenix", "America/Los_Angeles", "America/Anchorage", "America/Juneau", "America/Sitka",
			"America/Metlakatla", "America/Yakutat", "America/Nome", "America/Adak", "Pacific/Honolulu",
			"America/Puerto_Rico", "America/St_Thomas", "Pacific/Guam", "Pacific/Saipan", "Pacific/Pago_Pago",
			"Pacific/Midway", "Pacific/Wake", "Pacific/Palau", "Pacific/Chuuk", "Pacific/Pohnpei", "Pacific/Kosrae",
			"Pacific/Majuro", "Pacific/Kwajalein");

	/**
	 * Military mail (APO/FPO/DPO: Armed Forces Americas, Europe, Pacific): anywhere in
	 * the world, so any zone.
	 */
	private static final Set<String> MILITARY = Set.of("AA", "AE", "AP");

	private ZipTimeZones() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: ZipTimeZones <in.csv or in.csv.gz> <out.csv.gz>");
			System.exit(2);
		}
		long start = System.nanoTime();
		List<Row> rows = read(Path.of(args[0]));
		System.out.printf("Read %,d ZIP codes from %s%n", rows.size(), args[0]);

		long loading = System.nanoTime();
		TimeZoneEngine engine = TimeZoneEngine.initialize(true);
		System.out.printf("timeshape loaded in %.1f s%n", seconds(loading));

		long querying = System.nanoTime();
		List<Row> unresolved = new ArrayList<>();
		for (Row row : rows) {
			row.candidates = row.valid() ? landZones(engine.queryAll(row.latitude, row.longitude)) : List.of();
			if (row.candidates.size() == 1 && !MILITARY.contains(row.state)
					&& !US_ZONES.contains(row.candidates.get(0).getId())) {
				row.misplaced = row.candidates.get(0);
				unresolved.add(row);
			}
			else if (row.candidates.size() == 1) {
				row.zone = row.candidates.get(0);
			}
			else {
				unresolved.add(row);
			}
		}
		System.out.printf("Looked up %,d points in %.1f s%n", rows.size(), seconds(querying));

		fallBack(rows, unresolved);
		write(rows, Path.of(args[1]));
		summarize(rows);
		System.out.printf("Wrote %s in %.1f s%n", args[1], seconds(start));
	}

	private static List<Row> read(Path in) throws IOException {
		List<Row> rows = new ArrayList<>(45_000);
		try (InputStream raw = Files.newInputStream(in);
				InputStream plain = in.toString().endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw;
				BufferedReader reader = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8));
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			for (CSVRecord record : parser) {
				Row row = new Row(record.get("zip"), fourDecimals(record.get("latitude")),
						fourDecimals(record.get("longitude")), record.get("city"), record.get("state"));
				for (String field : List.of(row.zip, row.latitudeText, row.longitudeText, row.city, row.state)) {
					if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
						// The service splits lines on commas: no field may need quoting.
						throw new IllegalArgumentException("Line " + record.getRecordNumber() + ": " + field);
					}
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * As {@code printf "%.4f"} rounds: the double's exact value, half to even. Empty or
	 * unreadable stays as it is.
	 */
	private static String fourDecimals(String degrees) {
		try {
			return new BigDecimal(Double.parseDouble(degrees)).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
		}
		catch (NumberFormatException ex) {
			return degrees.trim();
		}
	}

	/** The zones that are not an ocean's ({@code Etc/...}), deduplicated and sorted. */
	private static List<ZoneId> landZones(List<ZoneId> zones) {
		TreeSet<String> land = new TreeSet<>();
		for (ZoneId zone : zones) {
			if (!zone.getId().startsWith("Etc/")) {
				land.add(zone.getId());
			}
		}
		return land.stream().map(ZoneId::of).toList();
	}

	private static void fallBack(List<Row> rows, List<Row> unresolved) {
		Map<String, List<Row>> resolvedByState = new HashMap<>();
		Map<String, List<Row>> resolvedByPrefix = new HashMap<>();
		for (Row row : rows) {
			if (row.zone != null) {
				resolvedByState.computeIfAbsent(row.state, key -> new ArrayList<>()).add(row);
				resolvedByPrefix.computeIfAbsent(row.prefix(), key -> new ArrayList<>()).add(row);
			}
		}
		System.out.printf("%,d ZIP codes fell back:%n", unresolved.size());
		for (Row row : unresolved) {
			List<Row> sameState = resolvedByState.getOrDefault(row.state, List.of());
			List<Row> samePrefix = resolvedByPrefix.getOrDefault(row.prefix(), List.of());
			String why;
			String how;
			if (row.misplaced != null) {
				why = "timeshape " + row.misplaced.getId() + ", outside the US";
			}
			else if (!row.valid()) {
				why = "no coordinates";
			}
			else if (row.candidates.isEmpty()) {
				why = "timeshape no land zone";
			}
			else {
				why = "timeshape " + row.candidates;
			}
			if (row.valid() && row.misplaced == null && !sameState.isEmpty()) {
				// Offshore (or in overlapping zones): the nearest ZIP code of the state,
				// of one
				// of the overlapping zones if any.
				List<Row> near = sameState.stream()
					.filter(other -> row.candidates.isEmpty() || row.candidates.contains(other.zone))
					.toList();
				if (near.isEmpty()) {
					row.zone = row.candidates.get(0);
					how = "first of the overlapping zones";
				}
				else {
					Row nearest = null;
					double best = Double.MAX_VALUE;
					for (Row other : near) {
						double miles = miles(row, other);
						if (miles < best || (miles == best && other.zip.compareTo(nearest.zip) < 0)) {
							best = miles;
							nearest = other;
						}
					}
					row.zone = nearest.zone;
					how = String.format("nearest ZIP of the state, %s, %.1f mi", nearest.zip, best);
				}
			}
			else if (!samePrefix.isEmpty()) {
				// Coordinates that cannot be right: the ZIP codes that share its first 3
				// digits.
				row.zone = mostCommon(samePrefix);
				how = "most common zone of the ZIP codes " + row.prefix() + "xx";
			}
			else if (!sameState.isEmpty()) {
				row.zone = mostCommon(sameState);
				how = "most common zone of the state";
			}
			else {
				throw new IllegalStateException("No zone for " + row.zip + " (" + row.state + ")");
			}
			System.out.printf("  %s %-2s %s,%s %s: %s -> %s (%s)%n", row.zip, row.state, row.latitudeText,
					row.longitudeText, row.city, why, row.zone.getId(), how);
		}
	}

	private static ZoneId mostCommon(List<Row> rows) {
		Map<String, Integer> counts = new TreeMap<>();
		rows.forEach(row -> counts.merge(row.zone.getId(), 1, Integer::sum));
		return ZoneId.of(counts.entrySet()
			.stream()
			.max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.orElseThrow()
			.getKey());
	}

	private static double miles(Row a, Row b) {
		double lat1 = Math.toRadians(a.latitude);
		double lat2 = Math.toRadians(b.latitude);
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(b.longitude - a.longitude);
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	private static void write(List<Row> rows, Path out) throws IOException {
		Path temporary = out.resolveSibling(out.getFileName() + ".tmp");
		try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary), 65536);
				OutputStream gzip = new DeterministicGzip(file);
				Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
			writer.write(HEADER);
			writer.write('\n');
			for (Row row : rows) {
				writer.write(String.join(",", row.zip, row.latitudeText, row.longitudeText, row.city, row.state,
						row.zone.getId()));
				writer.write('\n');
			}
		}
		Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void summarize(List<Row> rows) {
		Map<String, Integer> byZone = new TreeMap<>();
		Map<String, Map<String, Integer>> statesByZone = new TreeMap<>();
		for (Row row : rows) {
			byZone.merge(row.zone.getId(), 1, Integer::sum);
			statesByZone.computeIfAbsent(row.zone.getId(), key -> new TreeMap<>())
				.merge(row.state.isEmpty() ? "(none)" : row.state, 1, Integer::sum);
		}
		System.out.printf("%,d ZIP codes in %d zones:%n", rows.size(), byZone.size());
		byZone.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> System.out.printf("  %6d  %-32s %s%n", entry.getValue(), entry.getKey(),
					statesByZone.get(entry.getKey())));
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** Level 9, no file name, modification time 0 (what {@code gzip -9n} writes). */
	private static final class DeterministicGzip extends GZIPOutputStream {

		DeterministicGzip(OutputStream out) throws IOException {
			super(out, 65536);
			this.def.setLevel(Deflater.BEST_COMPRESSION);
		}

	}

	private static final class Row {

		final String zip;

		final String latitudeText;

		final String longitudeText;

		final double latitude;

		final double longitude;

		final String city;

		final String state;

		List<ZoneId> candidates = List.of();

		ZoneId misplaced;

		ZoneId zone;

		Row(String zip, String latitude, String longitude, String city, String state) {
			this.zip = zip;
			this.latitudeText = latitude;
			this.longitudeText = longitude;
			this.latitude = parse(latitude);
			this.longitude = parse(longitude);
			this.city = city;
			this.state = state;
		}

		String prefix() {
			return this.zip.substring(0, Math.min(3, this.zip.length()));
		}

		boolean valid() {
			return Math.abs(this.latitude) <= 90 && Math.abs(this.longitude) <= 180;
		}

		private static double parse(String degrees) {
			try {
				return Double.parseDouble(degrees);
			}
			catch (NumberFormatException ex) {
				return Double.NaN;
			}
		}

	}

}
