package org.nurture.conversation.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The structural pass: reads content files, reporting YAML syntax errors and anything
 * that does not follow the file's JSON Schema. It collects the problems of every file it
 * reads.
 */
public final class StructureCheck {

	private final Path directory;

	private final List<ContentProblem> problems = new ArrayList<>();

	public StructureCheck(Path directory) {
		this.directory = directory;
	}

	/**
	 * Reads {@code file} (relative to the content folder) and checks it against
	 * {@code schema}; empty when it is missing or not YAML.
	 */
	public Optional<ContentFile> read(String file, ContentSchema schema) {
		Path path = directory.resolve(file);
		if (!Files.isRegularFile(path)) {
			problems
				.add(new ContentProblem(file, 1, 1, "the file is missing", "create it (see conversations/README.md)"));
			return Optional.empty();
		}
		Optional<ContentFile> content = new YamlReader(problems).read(path, file)
			.map(root -> new ContentFile(file, root));
		content.ifPresent(read -> problems.addAll(SchemaCheck.check(file, read.root(), schema)));
		return content;
	}

	/**
	 * Reads every {@code *.yml} file of {@code folder}, sorted by name; none when the
	 * folder does not exist.
	 */
	public List<ContentFile> readAll(String folder, ContentSchema schema) {
		List<ContentFile> files = new ArrayList<>();
		for (String name : fileNames(folder)) {
			if (name.endsWith(".yaml")) {
				problems
					.add(new ContentProblem(folder + "/" + name, 1, 1, "the file is ignored: only .yml files are read",
							"rename it to " + name.substring(0, name.length() - ".yaml".length()) + ".yml"));
			}
			else if (name.endsWith(".yml")) {
				read(folder + "/" + name, schema).ifPresent(files::add);
			}
		}
		return files;
	}

	/** Every problem found so far. */
	public List<ContentProblem> problems() {
		return List.copyOf(problems);
	}

	private List<String> fileNames(String folder) {
		Path path = directory.resolve(folder);
		if (!Files.isDirectory(path)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(path)) {
			return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
