package org.nurture.conversation.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of a content file as written, with the line and column where it starts: a
 * mapping, a list or a scalar. Scalars keep the text the author wrote and the type YAML
 * 1.2 gives it (text, number, true/false, null).
 */
public final class YamlNode {

	/** What a node holds. */
	public enum Kind {

		MAPPING, LIST, TEXT, NUMBER, BOOLEAN, NULL

	}

	private final Kind kind;

	private final int line;

	private final int column;

	private final String text;

	private final Map<String, Entry> entries;

	private final List<YamlNode> items;

	private YamlNode(Kind kind, int line, int column, String text, Map<String, Entry> entries, List<YamlNode> items) {
		this.kind = kind;
		this.line = line;
		this.column = column;
		this.text = text;
		this.entries = entries;
		this.items = items;
	}

	static YamlNode scalar(Kind kind, int line, int column, String text) {
		return new YamlNode(kind, line, column, text, Map.of(), List.of());
	}

	static YamlNode mapping(int line, int column, LinkedHashMap<String, Entry> entries) {
		return new YamlNode(Kind.MAPPING, line, column, null, Collections.unmodifiableMap(entries), List.of());
	}

	static YamlNode list(int line, int column, List<YamlNode> items) {
		return new YamlNode(Kind.LIST, line, column, null, Map.of(), List.copyOf(items));
	}

	public Kind kind() {
		return kind;
	}

	/** The line where the node starts, from 1. */
	public int line() {
		return line;
	}

	/** The column where the node starts, from 1. */
	public int column() {
		return column;
	}

	public boolean isScalar() {
		return kind != Kind.MAPPING && kind != Kind.LIST;
	}

	/**
	 * The scalar as written ({@code 2} for {@code user: 2}); empty for mappings, lists
	 * and null.
	 */
	public String text() {
		return text == null ? "" : text;
	}

	/** The value under {@code key} in a mapping. */
	public Optional<YamlNode> get(String key) {
		Entry entry = entries.get(key);
		return entry == null ? Optional.empty() : Optional.of(entry.value());
	}

	/** The text under {@code key}, when there is a non-null scalar there. */
	public Optional<String> text(String key) {
		return get(key).filter(node -> node.isScalar() && node.kind != Kind.NULL).map(YamlNode::text);
	}

	public boolean has(String key) {
		return entries.containsKey(key);
	}

	/** The keys and values of a mapping, in file order. */
	public Map<String, YamlNode> entries() {
		Map<String, YamlNode> values = new LinkedHashMap<>();
		entries.forEach((key, entry) -> values.put(key, entry.value()));
		return values;
	}

	/**
	 * Where {@code key} itself is written in a mapping (this node when it is not there).
	 */
	public YamlNode keyNode(String key) {
		Entry entry = entries.get(key);
		return entry == null ? this : entry.key();
	}

	/** The items of a list (empty for anything else). */
	public List<YamlNode> items() {
		return items;
	}

	/** The items under {@code key}, or none. */
	public List<YamlNode> items(String key) {
		return get(key).map(YamlNode::items).orElse(List.of());
	}

	/** The texts of a list, or the single text of a scalar. */
	public List<String> texts() {
		if (isScalar()) {
			return kind == Kind.NULL ? List.of() : List.of(text());
		}
		return items.stream().filter(YamlNode::isScalar).map(YamlNode::text).toList();
	}

	@Override
	public String toString() {
		return kind + "@" + line + ":" + column + (text != null ? " " + text : "");
	}

	record Entry(YamlNode key, YamlNode value) {
	}

}
