package org.nurture.subscription;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every daily tip ({@code conversations/tips/*.yml}, files by name, tips in file order)
 * and the {@link TipPlan} they make. Immutable.
 */
public final class TipCatalog {

	/** No tips at all. */
	public static final TipCatalog EMPTY = new TipCatalog(List.of());

	private final List<Tip> tips;

	private final Map<String, Tip> byId;

	private final TipPlan plan;

	public TipCatalog(List<Tip> tips) {
		this.tips = List.copyOf(tips);
		this.byId = this.tips.stream()
			.collect(Collectors.toUnmodifiableMap(Tip::id, Function.identity(), (first, second) -> first));
		this.plan = TipPlan.of(this.tips);
	}

	/** Every tip, in catalog order. */
	public List<Tip> tips() {
		return tips;
	}

	public Optional<Tip> tip(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public int size() {
		return tips.size();
	}

	public boolean isEmpty() {
		return tips.isEmpty();
	}

	/** The order tips go out in. */
	public TipPlan plan() {
		return plan;
	}

	/** The next tip for a baby at {@code stage}: see {@link TipPlan#next(Stage, int)}. */
	public Optional<TipPlan.Pick> next(Stage stage, int afterPosition) {
		return plan.next(stage, afterPosition);
	}

}
