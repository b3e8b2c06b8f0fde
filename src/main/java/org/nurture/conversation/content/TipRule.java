package org.nurture.conversation.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.nurture.conversation.content.ContentFiles.Located;
import org.nurture.conversation.content.TipBinder.BoundTip;
import org.nurture.subscription.Band;
import org.nurture.subscription.TipPlan;
import org.nurture.subscription.TipPlan.Shortfall;

/**
 * A daily tip has either {@code age} or {@code expecting}, with its days (or weeks) in
 * order, and says where it comes from. Once every tip's range is sound, the tips cover
 * every band: a daily subscriber gets a different tip, right for the day, on each day of
 * each band ({@link TipPlan}). Content without tips has nothing to cover.
 */
final class TipRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		List<Located> tips = content.tipItems();
		boolean rangesSound = true;
		for (Located tip : tips) {
			rangesSound &= range(tip, problems);
			source(tip, problems);
		}
		if (!tips.isEmpty() && rangesSound) {
			coverage(content, problems);
		}
	}

	/** Whether the tip's range is sound; reports it when it is not. */
	private static boolean range(Located tip, List<ContentProblem> problems) {
		YamlNode node = tip.node();
		String where = "tip '" + tip.id() + "'";
		if (node.has("age") == node.has("expecting")) {
			problems.add(node.has("age")
					? ContentProblem.at(tip.file(), node.keyNode("expecting"), where + " has both age and expecting",
							"keep one: age for days since the birth, expecting for weeks before the due date")
					: ContentProblem.at(tip.file(), node, where + " has neither age nor expecting",
							"add age: {from_day: 0, to_day: 730} or expecting: {from_week: 12, to_week: 1}"));
			return false;
		}
		if (TipBinder.range(node).isPresent()) {
			return true;
		}
		node.get("age")
			.ifPresent(days -> reversed(tip, days, "age", "from_day", "to_day", " is after ", "",
					"write the earlier day first: from_day <= to_day (days since the birth)", problems));
		node.get("expecting")
			.ifPresent(weeks -> reversed(tip, weeks, "expecting", "from_week", "to_week", " comes after ",
					" (weeks before the due date count down)",
					"write the earlier week first: from_week >= to_week, such as from_week: 12, to_week: 1", problems));
		return false;
	}

	private static void reversed(Located tip, YamlNode range, String key, String from, String to, String order,
			String note, String fix, List<ContentProblem> problems) {
		String what = "tip '" + tip.id() + "': " + key + "." + from + " " + range.text(from).orElse("?") + order + to
				+ " " + range.text(to).orElse("?") + note;
		problems.add(ContentProblem.at(tip.file(), range.get(from).orElse(range), what, fix));
	}

	private static void source(Located tip, List<ContentProblem> problems) {
		tip.node()
			.get("source")
			.filter(source -> source.text().isBlank())
			.ifPresent(source -> problems.add(ContentProblem.at(tip.file(), source,
					"tip '" + tip.id() + "': source is empty",
					"say where the idea comes from, such as \"facts §6 tip 9\" or \"Nurture practice idea; no health claim\"")));
	}

	private static void coverage(ContentFiles content, List<ContentProblem> problems) {
		List<BoundTip> tips = TipBinder.bound(content);
		for (Shortfall shortfall : TipPlan.of(tips.stream().map(BoundTip::tip).toList()).shortfalls()) {
			Optional<BoundTip> closest = closest(tips, shortfall);
			ContentFile first = content.tips().get(0);
			String file = closest.map(tip -> tip.item().file()).orElse(first.name());
			YamlNode where = closest.map(tip -> tip.item().node()).orElse(first.root().keyNode("tips"));
			Band band = shortfall.band();
			problems.add(ContentProblem.at(file, where,
					band.label() + " runs out of tips on " + shortfall.stage().label() + " for a daily subscriber: "
							+ covering(shortfall.covering()) + " its " + band.days() + " days",
					"add tips for these ages or widen the ranges of tips around them"
							+ " (each day of a band needs a tip of its own)"));
		}
	}

	private static String covering(int tips) {
		return switch (tips) {
			case 0 -> "no tip covers";
			case 1 -> "1 tip covers";
			default -> tips + " tips cover";
		};
	}

	/**
	 * The tip closest to a shortfall, where more tips for those ages likely belong: the
	 * narrowest range holding the day, or else the narrowest overlapping the band.
	 */
	private static Optional<BoundTip> closest(List<BoundTip> tips, Shortfall shortfall) {
		Comparator<BoundTip> narrowest = Comparator.comparingInt(tip -> tip.tip().range().days());
		Optional<BoundTip> holding = tips.stream().filter(tip -> tip.tip().isFor(shortfall.stage())).min(narrowest);
		return holding
			.or(() -> tips.stream().filter(tip -> tip.tip().range().overlaps(shortfall.band())).min(narrowest));
	}

}
