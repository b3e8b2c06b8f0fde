package org.nurture.conversation.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads one YAML file into {@link YamlNode}s that remember where they start, reporting
 * syntax errors and duplicate keys as problems.
 */
final class YamlReader {

	private final List<ContentProblem> problems;

	YamlReader(List<ContentProblem> problems) {
		this.problems = problems;
	}

	/**
	 * The file's root node, or empty when it cannot be read (the reason is among the
	 * problems).
	 */
	Optional<YamlNode> read(Path path, String file) {
		Node root;
		try (Reader reader = Files.newBufferedReader(path)) {
			root = yaml().compose(reader);
		}
		catch (MarkedYAMLException ex) {
			problems.add(YamlSyntax.problem(file, ex));
			return Optional.empty();
		}
		catch (YAMLException | CharacterCodingException ex) {
			problems.add(new ContentProblem(file, 1, 1, "the file cannot be read: " + ex.getMessage(),
					"save it as UTF-8 text"));
			return Optional.empty();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(file, 1, 1, "the file cannot be read: " + ex,
					"check that it exists and is readable"));
			return Optional.empty();
		}
		if (root == null) {
			problems.add(new ContentProblem(file, 1, 1, "the file is empty", "start it with 'version: 1'"));
			return Optional.empty();
		}
		return Optional.of(convert(root, file));
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new CoreSchemaResolver());
	}

	private YamlNode convert(Node node, String file) {
		Mark start = node.getStartMark();
		int line = start.getLine() + 1;
		int column = start.getColumn() + 1;
		if (node instanceof MappingNode mapping) {
			LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				YamlNode key = convert(tuple.getKeyNode(), file);
				YamlNode value = convert(tuple.getValueNode(), file);
				if (!key.isScalar()) {
					problems.add(ContentProblem.at(file, key, "a key must be a plain word",
							"write 'key: value' with a word as the key"));
				}
				else if (entries.containsKey(key.text())) {
					YamlNode first = entries.get(key.text()).key();
					problems.add(ContentProblem.at(file, key,
							"duplicate key '" + key.text() + "' (first on line " + first.line() + ")",
							"keep only one '" + key.text() + "'"));
				}
				else {
					entries.put(key.text(), new YamlNode.Entry(key, value));
				}
			}
			return YamlNode.mapping(line, column, entries);
		}
		if (node instanceof SequenceNode sequence) {
			List<YamlNode> items = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				items.add(convert(item, file));
			}
			return YamlNode.list(line, column, items);
		}
		ScalarNode scalar = (ScalarNode) node;
		return YamlNode.scalar(kind(scalar.getTag()), line, column, scalar.getValue());
	}

	private static YamlNode.Kind kind(Tag tag) {
		if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
			return YamlNode.Kind.NUMBER;
		}
		if (Tag.BOOL.equals(tag)) {
			return YamlNode.Kind.BOOLEAN;
		}
		if (Tag.NULL.equals(tag)) {
			return YamlNode.Kind.NULL;
		}
		return YamlNode.Kind.TEXT;
	}

}
