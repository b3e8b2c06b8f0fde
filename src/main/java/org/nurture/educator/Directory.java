package org.nurture.educator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable directory of educators, searched by distance. Each educator is kept as a
 * unit vector, so a search is one pass of a few multiplications per educator; the
 * haversine distance is computed only for those shown.
 */
public final class Directory {

	private static final Directory EMPTY = new Directory(List.of());

	private final List<Educator> educators;

	private final double[] x;

	private final double[] y;

	private final double[] z;

	private final boolean[] virtual;

	private final double[] ownRadius;

	/** Each educator's languages as bits, in the order of {@link #languageBits}. */
	private final long[] languages;

	private final Map<String, Long> languageBits = new HashMap<>();

	public Directory(List<Educator> educators) {
		this.educators = List.copyOf(educators);
		int size = this.educators.size();
		x = new double[size];
		y = new double[size];
		z = new double[size];
		virtual = new boolean[size];
		ownRadius = new double[size];
		languages = new long[size];
		for (int i = 0; i < size; i++) {
			Educator educator = this.educators.get(i);
			double[] unit = unit(educator.point());
			x[i] = unit[0];
			y[i] = unit[1];
			z[i] = unit[2];
			virtual[i] = educator.teachesOnline();
			ownRadius[i] = educator.radiusMiles() == null ? Double.NaN : educator.radiusMiles();
			for (String language : educator.languages()) {
				if (languageBits.size() < Long.SIZE || languageBits.containsKey(language)) {
					languages[i] |= languageBits.computeIfAbsent(language, code -> 1L << languageBits.size());
				}
			}
		}
	}

	public static Directory empty() {
		return EMPTY;
	}

	public List<Educator> educators() {
		return educators;
	}

	public int size() {
		return educators.size();
	}

	/**
	 * The educators within reach of the place (within their own {@code radius_miles},
	 * else within {@code radiusMiles}), those who speak the parent's language first, then
	 * the nearest; skipping {@code offset} and at most {@code limit}. None within reach:
	 * the nearest who teach online, in the same order.
	 */
	public Referral nearest(Place place, String language, int offset, int limit, double radiusMiles) {
		double[] unit = unit(place.point());
		double defaultChord = chordSquared(radiusMiles);
		long spoken = languageBits.getOrDefault(language, 0L);
		int wanted = offset + limit;
		Ranking inReach = new Ranking(wanted);
		Ranking online = new Ranking(wanted);
		for (int i = 0; i < x.length; i++) {
			double dx = x[i] - unit[0];
			double dy = y[i] - unit[1];
			double dz = z[i] - unit[2];
			double chord = dx * dx + dy * dy + dz * dz;
			double reach = Double.isNaN(ownRadius[i]) ? defaultChord : chordSquared(ownRadius[i]);
			boolean other = (languages[i] & spoken) == 0;
			if (chord <= reach) {
				inReach.offer(i, other, chord);
			}
			else if (virtual[i] && inReach.count == 0) {
				online.offer(i, other, chord);
			}
		}
		boolean nearby = inReach.count > 0;
		Ranking shown = nearby ? inReach : online;
		List<Match> matches = new ArrayList<>(limit);
		int[] order = shown.sorted();
		for (int rank = offset; rank < order.length; rank++) {
			Educator educator = educators.get(order[rank]);
			matches.add(new Match(educator, place.point().milesTo(educator.point())));
		}
		return new Referral(place, matches, nearby, offset, shown.count > wanted, radiusMiles);
	}

	private static double chordSquared(double miles) {
		double half = Math.sin(Math.min(Math.PI, miles / GeoPoint.EARTH_RADIUS_MILES) / 2);
		return 4 * half * half;
	}

	private static double[] unit(GeoPoint point) {
		double lat = Math.toRadians(point.latitude());
		double lon = Math.toRadians(point.longitude());
		return new double[] { Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat) };
	}

	/**
	 * The best {@code size} seen so far (the parent's language first, then the nearest),
	 * and how many were offered.
	 */
	private static final class Ranking {

		private final int[] index;

		private final double[] key;

		private int kept;

		int count;

		Ranking(int size) {
			index = new int[size];
			key = new double[size];
		}

		void offer(int educator, boolean otherLanguage, double chord) {
			count++;
			double rank = otherLanguage ? chord + 10 : chord;
			if (kept == index.length && (kept == 0 || rank >= key[kept - 1])) {
				return;
			}
			int at = kept == index.length ? kept - 1 : kept++;
			while (at > 0 && key[at - 1] > rank) {
				key[at] = key[at - 1];
				index[at] = index[at - 1];
				at--;
			}
			key[at] = rank;
			index[at] = educator;
		}

		int[] sorted() {
			int[] order = new int[kept];
			System.arraycopy(index, 0, order, 0, kept);
			return order;
		}

	}

}
