package org.nurture.conversation.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads {@code conversations/} in two passes: structure (YAML syntax and the JSON
 * Schemas), then meaning (references, reachability, translations, SMS length and
 * characters, placeholders, safety patterns, tip coverage, ...). Every problem of a pass
 * is reported at once; the meaning pass runs only on content whose structure is sound.
 */
public final class ContentLoader {

	/**
	 * The content of {@code directory}, or a {@link ContentProblemsException} listing
	 * everything wrong with it.
	 */
	public Content load(Path directory) {
		StructureCheck structure = new StructureCheck(directory);
		Optional<ContentFile> settings = structure.read("settings.yml", ContentSchema.SETTINGS);
		Optional<ContentFile> lexicon = structure.read("lexicon.yml", ContentSchema.LEXICON);
		Optional<ContentFile> referrals = structure.read("referrals.yml", ContentSchema.REFERRALS);
		Optional<ContentFile> safety = structure.read("safety.yml", ContentSchema.SAFETY);
		List<ContentFile> answers = structure.readAll("answers", ContentSchema.ANSWERS);
		List<ContentFile> flows = structure.readAll("flows", ContentSchema.FLOWS);
		List<ContentFile> tips = structure.readAll("tips", ContentSchema.TIPS);
		if (!structure.problems().isEmpty()) {
			throw new ContentProblemsException(structure.problems());
		}
		ContentFiles files = new ContentFiles(settings.orElseThrow(), lexicon.orElseThrow(), referrals.orElseThrow(),
				safety.orElseThrow(), answers, flows, tips);
		List<ContentProblem> problems = MeaningCheck.check(files);
		if (!problems.isEmpty()) {
			throw new ContentProblemsException(problems);
		}
		return bind(files);
	}

	private static Content bind(ContentFiles files) {
		List<Answer> answers = new ArrayList<>();
		files.answers().forEach(file -> answers.addAll(AnswerBinder.bind(file.root())));
		List<Flow> flows = new ArrayList<>();
		files.flows().forEach(file -> flows.addAll(FlowBinder.bind(file.root())));
		return new Content(SettingsBinder.bind(files.settings().root()), LexiconBinder.bind(files.lexicon().root()),
				ReferralTextsBinder.bind(files.referrals().root()), SafetyBinder.bind(files.safety().root()), answers,
				flows, TipBinder.bind(files));
	}

}
