package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nurture.subscription.TipCatalog;

/**
 * All of {@code conversations/}, loaded and validated: what the engine runs on.
 * Immutable.
 */
public final class Content {

	private final Settings settings;

	private final Lexicon lexicon;

	private final ReferralTexts referrals;

	private final List<SafetyRule> safety;

	private final List<Answer> answers;

	private final List<Flow> flows;

	private final TipCatalog tips;

	private final Map<String, Answer> answersById;

	private final Map<String, Flow> flowsById;

	/** Content without daily tips. */
	public Content(Settings settings, Lexicon lexicon, ReferralTexts referrals, List<SafetyRule> safety,
			List<Answer> answers, List<Flow> flows) {
		this(settings, lexicon, referrals, safety, answers, flows, TipCatalog.EMPTY);
	}

	public Content(Settings settings, Lexicon lexicon, ReferralTexts referrals, List<SafetyRule> safety,
			List<Answer> answers, List<Flow> flows, TipCatalog tips) {
		this.settings = settings;
		this.lexicon = lexicon;
		this.referrals = referrals;
		this.safety = List.copyOf(safety);
		this.answers = List.copyOf(answers);
		this.flows = List.copyOf(flows);
		this.tips = tips;
		this.answersById = index(this.answers, Answer::id);
		this.flowsById = index(this.flows, Flow::id);
	}

	public Settings settings() {
		return settings;
	}

	public Lexicon lexicon() {
		return lexicon;
	}

	public ReferralTexts referrals() {
		return referrals;
	}

	public List<SafetyRule> safety() {
		return safety;
	}

	public List<Answer> answers() {
		return answers;
	}

	public List<Flow> flows() {
		return flows;
	}

	/**
	 * The daily tips of {@code tips/*.yml} and the plan they go out in (empty when there
	 * is no {@code tips/} folder).
	 */
	public TipCatalog tips() {
		return tips;
	}

	public Optional<Answer> answer(String id) {
		return Optional.ofNullable(answersById.get(id));
	}

	public Optional<Flow> flow(String id) {
		return Optional.ofNullable(flowsById.get(id));
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity(), (first, second) -> first));
	}

}
