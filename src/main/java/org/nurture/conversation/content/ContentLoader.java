package org.nurture.conversation.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads {@code conversations/} in two passes: structure (YAML syntax and the JSON Schemas), then meaning (references,
 * translations, SMS length, ...). Every problem of a pass is reported at once.
 */
public final class ContentLoader {

	/** The content of {@code directory}, or a {@link ContentProblemsException} listing everything wrong with it. */
	public Content load(Path directory) {
		StructureCheck structure = new StructureCheck(directory);
		var settings = structure.read("settings.yml", ContentSchema.SETTINGS);
		var lexicon = structure.read("lexicon.yml", ContentSchema.LEXICON);
		var safety = structure.read("safety.yml", ContentSchema.SAFETY);
		List<ContentFile> answers = structure.readAll("answers", ContentSchema.ANSWERS);
		List<ContentFile> flows = structure.readAll("flows", ContentSchema.FLOWS);
		if (!structure.problems().isEmpty()) {
			throw new ContentProblemsException(structure.problems());
		}
		List<Answer> allAnswers = new ArrayList<>();
		answers.forEach(file -> allAnswers.addAll(AnswerBinder.bind(file.root())));
		List<Flow> allFlows = new ArrayList<>();
		flows.forEach(file -> allFlows.addAll(FlowBinder.bind(file.root())));
		return new Content(SettingsBinder.bind(settings.orElseThrow().root()), LexiconBinder.bind(lexicon.orElseThrow().root()),
				SafetyBinder.bind(safety.orElseThrow().root()), allAnswers, allFlows);
	}
}
