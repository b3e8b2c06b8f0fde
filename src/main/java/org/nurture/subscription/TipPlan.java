package org.nurture.subscription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order tips go out in, the same for every subscriber: for each {@link Band}, one tip
 * per day of the band, each right for its day and none twice. A subscriber's place in the
 * plan is the position of the last tip they got in their current band; the next tip is
 * the first after it that is right for the day ({@link #next(Stage, int)}), so a parent
 * never gets a tip twice within a band, nor one for another age, whether tips come every
 * day or three times a week.
 *
 * <p>
 * Built earliest deadline first, day by day: of the tips right for the day and not yet
 * planned in the band, the one whose range ends first, counting a range that runs past
 * the band as ending with it. This finds a tip for every day whenever any plan can. Ties
 * go to the tip planned longest ago in an earlier band (never, first), then to the range
 * that ends first, then to catalog order: so the tips for all ages take turns across the
 * months instead of opening each one in the same order. A day with no tip left is a
 * {@link Shortfall}; the band's plan stops there.
 */
public final class TipPlan {

	/** The plan of a catalog without tips: every band empty. */
	public static final TipPlan EMPTY = of(List.of());

	private final Map<Band, List<Tip>> entries;

	private final List<Shortfall> shortfalls;

	private TipPlan(Map<Band, List<Tip>> entries, List<Shortfall> shortfalls) {
		this.entries = entries;
		this.shortfalls = shortfalls;
	}

	/** The plan for {@code tips}, in catalog order. */
	public static TipPlan of(List<Tip> tips) {
		return new Planner(tips).plan();
	}

	/**
	 * The tips of {@code band}, in order: the tip at index {@code i} is right for the
	 * band's day {@code i}. Shorter than the band when it has a {@link Shortfall}.
	 */
	public List<Tip> entries(Band band) {
		return entries.getOrDefault(band, List.of());
	}

	/**
	 * The next tip for a baby at {@code stage}: the first of its band's plan after
	 * {@code afterPosition} (-1 for none yet in this band; see
	 * {@link Stage#positionOnEntry()}) that is right for the day. Empty when none is
	 * left, which a plan without shortfalls rules out as long as {@code afterPosition}
	 * stays below the day's index in the band (which it does when it only moves on by one
	 * pick a day at most).
	 */
	public Optional<Pick> next(Stage stage, int afterPosition) {
		List<Tip> band = entries(stage.band());
		for (int position = Math.max(afterPosition + 1, 0); position < band.size(); position++) {
			Tip tip = band.get(position);
			if (tip.isFor(stage)) {
				return Optional.of(new Pick(tip, position));
			}
		}
		return Optional.empty();
	}

	/** The days that run out of tips, at most one per band (the first), in time order. */
	public List<Shortfall> shortfalls() {
		return shortfalls;
	}

	/** Whether every day of every band has its tip. */
	public boolean isComplete() {
		return shortfalls.isEmpty();
	}

	/**
	 * A tip for a subscriber, and its position in the band's plan (to store, and give
	 * back as {@code afterPosition} next time).
	 */
	public record Pick(Tip tip, int position) {
	}

	/**
	 * A day of a band with no tip left for a daily subscriber.
	 *
	 * @param band the band
	 * @param stage the first day without a tip
	 * @param covering how many tips are right for at least one day of the band
	 */
	public record Shortfall(Band band, Stage stage, int covering) {
	}

	/** Builds a plan, band after band. */
	private static final class Planner {

		private static final long NEVER = -1;

		private final List<Tip> tips;

		/** When each tip (by catalog index) was last planned, in plan order. */
		private final long[] lastPlanned;

		private long planned;

		private Planner(List<Tip> tips) {
			this.tips = List.copyOf(tips);
			this.lastPlanned = new long[this.tips.size()];
			Arrays.fill(lastPlanned, NEVER);
		}

		TipPlan plan() {
			Map<Band, List<Tip>> entries = new LinkedHashMap<>();
			List<Shortfall> shortfalls = new ArrayList<>();
			for (Band band : Band.all()) {
				List<Tip> order = new ArrayList<>();
				boolean[] used = new boolean[tips.size()];
				for (int day = 0; day < band.days(); day++) {
					Stage stage = band.day(day);
					int best = -1;
					for (int tip = 0; tip < tips.size(); tip++) {
						if (!used[tip] && tips.get(tip).isFor(stage) && (best < 0 || comesFirst(tip, best, band))) {
							best = tip;
						}
					}
					if (best < 0) {
						shortfalls.add(new Shortfall(band, stage, covering(band)));
						break;
					}
					used[best] = true;
					lastPlanned[best] = planned++;
					order.add(tips.get(best));
				}
				entries.put(band, List.copyOf(order));
			}
			return new TipPlan(Map.copyOf(entries), List.copyOf(shortfalls));
		}

		private boolean comesFirst(int tip, int other, Band band) {
			int deadline = deadline(tip, band);
			int otherDeadline = deadline(other, band);
			if (deadline != otherDeadline) {
				return deadline < otherDeadline;
			}
			if (lastPlanned[tip] != lastPlanned[other]) {
				return lastPlanned[tip] < lastPlanned[other];
			}
			int end = tips.get(tip).range().last().daysOld();
			int otherEnd = tips.get(other).range().last().daysOld();
			return end != otherEnd ? end < otherEnd : tip < other;
		}

		private int deadline(int tip, Band band) {
			return Math.min(tips.get(tip).range().last().daysOld(), band.last().daysOld());
		}

		private int covering(Band band) {
			return (int) tips.stream().filter(tip -> tip.range().overlaps(band)).count();
		}

	}

}
