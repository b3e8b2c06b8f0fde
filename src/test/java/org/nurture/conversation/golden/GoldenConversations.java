package org.nurture.conversation.golden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nurture.contact.Channel;
import org.nurture.conversation.Location;
import org.nurture.conversation.content.ContentFile;
import org.nurture.conversation.content.ContentProblem;
import org.nurture.conversation.content.ContentProblemsException;
import org.nurture.conversation.content.ContentSchema;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.StructureCheck;
import org.nurture.conversation.content.YamlNode;
import org.nurture.text.EditDistance;

/**
 * Loads the golden conversations of {@code conversations/tests/*.yml} (see "Golden
 * conversations" in {@code conversations/README.md}), remembering the line of every turn.
 * A file that does not follow the format fails the whole load with every problem as
 * {@code file:line:column what; how to fix}.
 */
public final class GoldenConversations {

	private static final Set<String> FILE_KEYS = Set.of("version", "conversations");

	private static final Set<String> CONVERSATION_KEYS = Set.of("name", "language", "channels", "turns");

	private static final Set<String> TURN_KEYS = Set.of("user", "after_minutes", "bot_contains", "bot_not_contains",
			"bot_exact", "choices", "location");

	private static final Map<String, Channel> CHANNELS = Map.of("web", Channel.WEB, "sms", Channel.SMS, "telegram",
			Channel.TELEGRAM);

	/** A year: enough for any session timeout, small enough to catch a typo. */
	private static final int MAX_MINUTES = 525_600;

	private final List<ContentProblem> problems = new ArrayList<>();

	private final Map<String, String> namesSeen = new HashMap<>();

	private GoldenConversations() {
	}

	/**
	 * Every conversation of every {@code *.yml} file of {@code directory}, files sorted
	 * by name, conversations in file order; none when the folder does not exist.
	 * @throws ContentProblemsException when a file is not valid YAML or does not follow
	 * the format
	 */
	public static List<GoldenConversation> load(Path directory) {
		return new GoldenConversations().loadAll(directory);
	}

	private List<GoldenConversation> loadAll(Path directory) {
		Path absolute = directory.toAbsolutePath().normalize();
		Path contentFolder = directory.getParent() != null ? directory.getParent() : absolute.getParent();
		String folder = directory.getFileName().toString();
		StructureCheck structure = new StructureCheck(contentFolder);
		List<ContentFile> files = structure.readAll(folder, ContentSchema.TESTS);
		problems.addAll(structure.problems());
		List<GoldenConversation> conversations = new ArrayList<>();
		for (ContentFile file : files) {
			conversations.addAll(file(file.name(), contentFolder.resolve(file.name()).toString(), file.root()));
		}
		if (!problems.isEmpty()) {
			throw new ContentProblemsException(problems);
		}
		return List.copyOf(conversations);
	}

	private List<GoldenConversation> file(String file, String shownAs, YamlNode root) {
		if (root.kind() != YamlNode.Kind.MAPPING) {
			problem(file, root, "a tests file must be a mapping", "start it with 'version: 1' and 'conversations:'");
			return List.of();
		}
		unknownKeys(file, root, FILE_KEYS, "the file");
		Optional<YamlNode> version = root.get("version");
		if (version.isEmpty()) {
			problem(file, root, "'version' is missing", "add 'version: 1' at the top of the file");
		}
		else if (version.get().kind() != YamlNode.Kind.NUMBER || !version.get().text().equals("1")) {
			problem(file, version.get(), "unknown version '" + version.get().text() + "'", "write 'version: 1'");
		}
		Optional<YamlNode> list = root.get("conversations");
		if (list.isEmpty()) {
			problem(file, root, "'conversations' is missing", "add 'conversations:' with at least one conversation");
			return List.of();
		}
		if (list.get().kind() != YamlNode.Kind.LIST || list.get().items().isEmpty()) {
			problem(file, list.get(), "'conversations' must be a list of at least one conversation",
					"start each conversation with '- name: ...'");
			return List.of();
		}
		List<GoldenConversation> conversations = new ArrayList<>();
		for (YamlNode node : list.get().items()) {
			conversation(file, shownAs, node).ifPresent(conversations::add);
		}
		return conversations;
	}

	private Optional<GoldenConversation> conversation(String file, String shownAs, YamlNode node) {
		if (node.kind() != YamlNode.Kind.MAPPING) {
			problem(file, node, "a conversation must be a mapping", "write '- name: ...', then 'turns:'");
			return Optional.empty();
		}
		int before = problems.size();
		unknownKeys(file, node, CONVERSATION_KEYS, "a conversation");
		String name = requiredText(file, node, "name", "a conversation", "name it after what it shows").orElse(null);
		if (name != null) {
			String first = namesSeen.putIfAbsent(name, file + ":" + node.line());
			if (first != null) {
				problem(file, node.get("name").orElseThrow(),
						"duplicate conversation name '" + name + "' (first in " + first + ")",
						"give each conversation its own name");
			}
		}
		Language language = null;
		Optional<YamlNode> languageNode = node.get("language");
		if (languageNode.isPresent()) {
			language = Language.fromCode(languageNode.get().text()).orElse(null);
			if (language == null || !languageNode.get().isScalar()) {
				problem(file, languageNode.get(), "unknown language '" + languageNode.get().text() + "'",
						"write 'language: en' or 'language: es', or leave it out to start in the default language");
			}
		}
		Set<Channel> channels = node.get("channels")
			.map(list -> channels(file, list))
			.orElse(GoldenConversation.EVERY_CHANNEL);
		List<GoldenTurn> turns = new ArrayList<>();
		Optional<YamlNode> turnList = node.get("turns");
		if (turnList.isEmpty()) {
			problem(file, node, "conversation '" + name + "' has no 'turns'",
					"add 'turns:' with at least one '- user: ...'");
		}
		else if (turnList.get().kind() != YamlNode.Kind.LIST || turnList.get().items().isEmpty()) {
			problem(file, turnList.get(), "'turns' must be a list of at least one turn",
					"start each turn with '- user: ...'");
		}
		else {
			for (YamlNode turn : turnList.get().items()) {
				turn(file, turn).ifPresent(turns::add);
			}
		}
		boolean located = turns.stream().anyMatch(turn -> turn.location() != null);
		if (located && (channels.contains(Channel.SMS) || channels.contains(Channel.WEB))) {
			problem(file, node.get("channels").orElse(node),
					"conversation '" + name + "' shares a location, which only Telegram can send",
					"add 'channels: [telegram]'");
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new GoldenConversation(shownAs, name, language, turns, channels));
	}

	/** The channels a conversation names: web, sms, telegram. */
	private Set<Channel> channels(String file, YamlNode list) {
		if (list.kind() != YamlNode.Kind.LIST || list.items().isEmpty()) {
			problem(file, list, "'channels' must be a list of at least one channel",
					"write channels: [sms, telegram] (any of web, sms, telegram)");
			return GoldenConversation.EVERY_CHANNEL;
		}
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		for (YamlNode item : list.items()) {
			Channel channel = CHANNELS.get(item.text());
			if (channel == null || !item.isScalar()) {
				problem(file, item, "unknown channel '" + item.text() + "'", "use web, sms or telegram");
			}
			else {
				channels.add(channel);
			}
		}
		return channels.isEmpty() ? GoldenConversation.EVERY_CHANNEL : channels;
	}

	private Optional<GoldenTurn> turn(String file, YamlNode node) {
		if (node.kind() != YamlNode.Kind.MAPPING) {
			problem(file, node, "a turn must be a mapping",
					"write '- user: what the parent says', then what Nurture answers");
			return Optional.empty();
		}
		int before = problems.size();
		unknownKeys(file, node, TURN_KEYS, "a turn");
		String user = null;
		Optional<YamlNode> userNode = node.get("user");
		if (userNode.isEmpty()) {
			problem(file, node, "a turn needs 'user'",
					"add 'user: what the parent says' (user: \"\" for an empty message)");
		}
		else if (!userNode.get().isScalar() || userNode.get().kind() == YamlNode.Kind.NULL) {
			problem(file, userNode.get(), "'user' must be a text",
					"write the message on the same line, in quotes if it has ': ' or starts with a symbol (user: \"\" for an empty message)");
		}
		else {
			user = userNode.get().text();
		}
		int afterMinutes = 0;
		Optional<YamlNode> minutes = node.get("after_minutes");
		if (minutes.isPresent()) {
			String text = minutes.get().text();
			if (minutes.get().kind() != YamlNode.Kind.NUMBER || !text.matches("\\+?[0-9]{1,7}")
					|| Integer.parseInt(text.replace("+", "")) > MAX_MINUTES) {
				problem(file, minutes.get(), "'after_minutes' must be a whole number of minutes, 0 to " + MAX_MINUTES,
						"write for example 'after_minutes: 120'");
			}
			else {
				afterMinutes = Integer.parseInt(text.replace("+", ""));
			}
		}
		List<String> contains = fragments(file, node, "bot_contains");
		List<String> notContains = fragments(file, node, "bot_not_contains");
		String exact = null;
		Optional<YamlNode> exactNode = node.get("bot_exact");
		if (exactNode.isPresent()) {
			if (!exactNode.get().isScalar() || exactNode.get().kind() == YamlNode.Kind.NULL) {
				problem(file, exactNode.get(), "'bot_exact' must be a text",
						"write the whole answer in quotes, or bot_exact: \"\" for no answer at all");
			}
			else {
				exact = exactNode.get().text();
			}
		}
		List<String> choices = null;
		Optional<YamlNode> choicesNode = node.get("choices");
		if (choicesNode.isPresent()) {
			if (choicesNode.get().kind() != YamlNode.Kind.LIST) {
				problem(file, choicesNode.get(), "'choices' must be a list",
						"write choices: [\"Benefits\", \"Oils\"], or choices: [] for a reply without choices");
			}
			else {
				choices = texts(file, choicesNode.get(), "choices", false);
			}
		}
		Location location = node.get("location").map(shared -> location(file, shared)).orElse(null);
		if (problems.size() > before || user == null) {
			return Optional.empty();
		}
		return Optional
			.of(new GoldenTurn(user, afterMinutes, contains, notContains, exact, choices, node.line(), location));
	}

	/** A shared location: {latitude: 30.27, longitude: -97.74}. */
	private Location location(String file, YamlNode node) {
		Optional<YamlNode> latitude = node.get("latitude");
		Optional<YamlNode> longitude = node.get("longitude");
		if (node.kind() != YamlNode.Kind.MAPPING || latitude.isEmpty() || longitude.isEmpty()
				|| latitude.get().kind() != YamlNode.Kind.NUMBER || longitude.get().kind() != YamlNode.Kind.NUMBER) {
			problem(file, node, "'location' must have a latitude and a longitude",
					"write location: {latitude: 30.27, longitude: -97.74}");
			return null;
		}
		try {
			return new Location(Double.parseDouble(latitude.get().text()), Double.parseDouble(longitude.get().text()));
		}
		catch (IllegalArgumentException notOnEarth) {
			problem(file, node, "'location' is not a place on Earth", "latitude is -90 to 90, longitude -180 to 180");
			return null;
		}
	}

	/** A single fragment or a list of them; none when the key is absent. */
	private List<String> fragments(String file, YamlNode turn, String key) {
		Optional<YamlNode> node = turn.get(key);
		if (node.isEmpty()) {
			return List.of();
		}
		if (node.get().isScalar()) {
			if (node.get().kind() == YamlNode.Kind.NULL || node.get().text().isEmpty()) {
				problem(file, node.get(), "'" + key + "' is empty",
						"write the fragments to look for: " + key + ": [\"911\"]");
				return List.of();
			}
			return List.of(node.get().text());
		}
		if (node.get().kind() != YamlNode.Kind.LIST || node.get().items().isEmpty()) {
			problem(file, node.get(), "'" + key + "' must be a text or a list of texts",
					"write " + key + ": [\"first fragment\", \"second fragment\"]");
			return List.of();
		}
		return texts(file, node.get(), key, true);
	}

	private List<String> texts(String file, YamlNode list, String key, boolean nonEmpty) {
		List<String> texts = new ArrayList<>();
		for (YamlNode item : list.items()) {
			if (!item.isScalar() || item.kind() == YamlNode.Kind.NULL) {
				problem(file, item, "each item of '" + key + "' must be a text",
						"put each text in quotes, separated by commas");
			}
			else if (nonEmpty && item.text().isEmpty()) {
				problem(file, item, "an empty fragment in '" + key + "' checks nothing",
						"remove it, or write the fragment");
			}
			else {
				texts.add(item.text());
			}
		}
		return texts;
	}

	private Optional<String> requiredText(String file, YamlNode node, String key, String what, String fix) {
		Optional<YamlNode> value = node.get(key);
		if (value.isEmpty()) {
			problem(file, node, what + " needs '" + key + "'", fix);
			return Optional.empty();
		}
		if (!value.get().isScalar() || value.get().text().isBlank()) {
			problem(file, value.get(), "'" + key + "' must be a text", fix);
			return Optional.empty();
		}
		return Optional.of(value.get().text().strip());
	}

	private void unknownKeys(String file, YamlNode node, Set<String> known, String what) {
		for (String key : node.entries().keySet()) {
			if (!known.contains(key)) {
				String closest = closest(key, known);
				problem(file, node.keyNode(key), "unknown key '" + key + "' in " + what,
						closest != null ? "did you mean '" + closest + "'?" : "use one of " + sorted(known));
			}
		}
	}

	private static String closest(String key, Set<String> known) {
		return EditDistance.closest(key.toLowerCase(Locale.ROOT), known).orElse(null);
	}

	private static String sorted(Set<String> keys) {
		return keys.stream().sorted().toList().toString();
	}

	private void problem(String file, YamlNode node, String what, String fix) {
		problems.add(new ContentProblem(file, node.line(), node.column(), what, fix));
	}

}
