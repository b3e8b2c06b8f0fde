package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nurture.conversation.content.ContentFiles.Located;
import org.nurture.subscription.Tip;
import org.nurture.subscription.TipCatalog;
import org.nurture.subscription.TipKind;

/** Binds the daily tips of {@code tips/*.yml} into the {@link TipCatalog}. */
final class TipBinder {

	private TipBinder() {
	}

	static TipCatalog bind(ContentFiles files) {
		return new TipCatalog(bound(files).stream().map(BoundTip::tip).toList());
	}

	/**
	 * Every tip that binds, with where it is written, in catalog order. A tip whose kind
	 * or range is wrong (which the structure pass and {@link TipRule} report) is left
	 * out.
	 */
	static List<BoundTip> bound(ContentFiles files) {
		List<BoundTip> tips = new ArrayList<>();
		for (Located item : files.tipItems()) {
			tip(item.node()).ifPresent(tip -> tips.add(new BoundTip(item, tip)));
		}
		return tips;
	}

	/** The range a tip's {@code age} or {@code expecting} describes, if it is sound. */
	static Optional<Tip.Range> range(YamlNode tip) {
		try {
			Optional<Tip.Range> age = tip.get("age")
				.map(days -> new Tip.DaysSinceBirth(Bind.integer(days.get("from_day").orElseThrow()),
						Bind.integer(days.get("to_day").orElseThrow())));
			Optional<Tip.Range> expecting = tip.get("expecting")
				.map(weeks -> new Tip.WeeksBeforeDue(Bind.integer(weeks.get("from_week").orElseThrow()),
						Bind.integer(weeks.get("to_week").orElseThrow())));
			return age.isPresent() == expecting.isPresent() ? Optional.empty() : age.or(() -> expecting);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Tip> tip(YamlNode node) {
		Optional<TipKind> kind = node.text("kind").flatMap(TipKind::fromCode);
		Optional<Tip.Range> range = range(node);
		if (kind.isEmpty() || range.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> texts = new LinkedHashMap<>();
		node.entries().forEach((key, text) -> {
			if (Language.fromCode(key).isPresent()) {
				texts.put(key, text.text());
			}
		});
		return Optional.of(new Tip(node.text("id").orElse(""), kind.get(), range.get(), texts,
				node.text("source").orElse("").strip()));
	}

	/** A tip and where it is written. */
	record BoundTip(Located item, Tip tip) {
	}

}
