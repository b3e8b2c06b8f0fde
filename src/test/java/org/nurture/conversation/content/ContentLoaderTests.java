package org.nurture.conversation.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nurture.subscription.Band;
import org.nurture.subscription.Stage;
import org.nurture.subscription.Tip;
import org.nurture.subscription.TipCatalog;
import org.nurture.subscription.TipKind;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLoaderTests {

	static final Path VALID = Path.of("src/test/resources/content-fixtures/valid");

	private final Content content = new ContentLoader().load(VALID);

	@Test
	void settingsBindLanguagesThresholdsBackWordsAndMessages() {
		Settings settings = content.settings();
		assertThat(settings.languages()).containsExactly(Language.EN, Language.ES);
		assertThat(settings.defaultLanguage()).isEqualTo(Language.EN);
		assertThat(settings.answerThreshold()).isEqualTo(0.6);
		assertThat(settings.clarifyThreshold()).isEqualTo(0.35);
		assertThat(settings.ambiguityMargin()).isEqualTo(0.08);
		assertThat(settings.backWords()).containsEntry(Language.ES, List.of("volver", "atras"));
		assertThat(settings.messages()).hasSize(MessageKey.values().length);
		assertThat(settings.message(MessageKey.CONFIRM_TOPIC, Language.ES)).isEqualTo("¿Preguntas sobre {topic}?");
	}

	@Test
	void lexiconBindsSmsSpeakAndSynonymGroupsPerLanguage() {
		assertThat(content.lexicon().sms(Language.EN)).containsExactly(Map.entry("u", "you"),
				Map.entry("how 2", "how to"));
		assertThat(content.lexicon().synonyms(Language.ES)).containsExactly(List.of("panza", "barriga"));
	}

	@Test
	void safetyRulesCompileTheirPatterns() {
		SafetyRule rule = content.safety().get(0);
		assertThat(rule.id()).isEqualTo("emergency");
		assertThat(rule.patterns().get(Language.EN)).extracting(Pattern::pattern)
			.containsExactly("\\bnot breathing\\b");
		assertThat(rule.patterns().get(Language.EN).get(0).matcher("my baby is not breathing").find()).isTrue();
		assertThat(rule.reply()).isEqualTo(LocalizedText.of("Call 911 now.", "Llama al 911 ahora."));
	}

	@Test
	void healthAnswersBindEvidenceExamplesFollowupsAndSources() {
		Answer oils = content.answer("oils").orElseThrow();
		assertThat(oils.title()).isEqualTo(LocalizedText.of("Oils", "Aceites"));
		assertThat(oils.health()).isTrue();
		assertThat(oils.evidence()).isEqualTo(Evidence.LOW);
		assertThat(oils.examples(Language.EN)).containsExactly("what oil should I use", "is coconut oil ok");
		assertThat(oils.keywords(Language.ES)).containsExactly("aceite");
		assertThat(oils.text().in(Language.EN)).startsWith("Use a plain vegetable oil");
		assertThat(oils.startsFlow()).isNull();
		assertThat(oils.followups()).containsExactly(new Target.Answer("menu"), new Target.Flow("first-massage"));
		assertThat(oils.sources()).containsExactly("IAIM guidance on unscented vegetable oils");
	}

	@Test
	void anAnswerMayStartAFlowInstead() {
		Answer menu = content.answer("menu").orElseThrow();
		assertThat(menu.health()).isFalse();
		assertThat(menu.evidence()).isNull();
		assertThat(menu.text()).isNull();
		assertThat(menu.startsFlow()).isEqualTo("first-massage");
	}

	@Test
	void flowStepsBindTheirSlotsChoicesAndTransitions() {
		Flow flow = content.flow("first-massage").orElseThrow();
		assertThat(flow.steps()).extracting(Step::id).containsExactly("ask-age", "newborn", "ready", "legs");

		Step askAge = flow.firstStep();
		assertThat(askAge.expect()).isEqualTo(new Expectation.Slot("baby_age", SlotType.BABY_AGE));
		assertThat(askAge.retry().in(Language.ES)).isEqualTo("Por ejemplo: 6 semanas.");
		assertThat(askAge.next()).containsExactly(
				new Transition(new Condition("baby_age", Condition.Operator.LT, "4"), new Target.Step("newborn")),
				new Transition(null, new Target.Step("ready")));

		assertThat(flow.step("newborn").orElseThrow().next())
			.containsExactly(new Transition(null, new Target.Step("legs")));

		Step ready = flow.step("ready").orElseThrow();
		assertThat(ready.expect()).isInstanceOfSatisfying(Expectation.Choices.class, expect -> {
			assertThat(expect.choices()).extracting(Choice::target)
				.containsExactly(new Target.Step("legs"), new Target.Answer("oils"), new Target.Flow("first-massage"));
			assertThat(expect.choices().get(0).synonyms()).containsEntry(Language.EN, List.of("ok", "sure"));
		});
		assertThat(flow.step("legs").orElseThrow().next()).isEmpty();
	}

	@Test
	void tipsBindInCatalogOrderWithTheirRangeTextsAndSource() {
		TipCatalog tips = content.tips();
		assertThat(tips.size()).isEqualTo(59);
		assertThat(tips.tips().get(0).id()).isEqualTo("any-age-1");
		assertThat(tips.tips().get(31).id()).isEqualTo("expecting-1");

		Tip first = tips.tip("any-age-1").orElseThrow();
		assertThat(first.kind()).isEqualTo(TipKind.BONDING);
		assertThat(first.range()).isEqualTo(new Tip.DaysSinceBirth(0, 730));
		assertThat(first.text("en")).isEqualTo("Hold your baby skin to skin for a few quiet minutes.");
		assertThat(first.text("es")).isEqualTo("Sostén a tu bebé piel con piel unos minutos tranquilos.");
		assertThat(first.source()).isEqualTo("Nurture practice idea; no health claim");
		assertThat(tips.tip("expecting-1").orElseThrow().range()).isEqualTo(new Tip.WeeksBeforeDue(12, 1));
	}

	@Test
	void theTipsPlanCoversEveryBand() {
		assertThat(content.tips().plan().isComplete()).isTrue();
		assertThat(content.tips().next(Stage.born(100), -1).orElseThrow().tip().isFor(Stage.born(100))).isTrue();
		assertThat(content.tips().plan().entries(Band.month(23))).hasSize(31);
	}

	@Test
	void contentWithoutATipsFolderHasNoTips(@TempDir Path folder) throws IOException {
		ContentValidationTests.copy(VALID, folder);
		try (Stream<Path> tips = Files.walk(folder.resolve("tips"))) {
			tips.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}

		Content withoutTips = new ContentLoader().load(folder);

		assertThat(withoutTips.tips().isEmpty()).isTrue();
		assertThat(withoutTips.answers()).hasSize(2);
	}

}
