package org.nurture.conversation.content;

import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Types plain scalars the YAML 1.2 way, so {@code yes}, {@code no}, {@code si} or
 * {@code 2026-06-02} stay texts; only {@code true}/{@code false}, numbers and
 * {@code null}/{@code ~} are not.
 */
final class CoreSchemaResolver extends Resolver {

	private static final Pattern BOOLEAN = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

	private static final Pattern INTEGER = Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");

	private static final Pattern DECIMAL = Pattern.compile(
			"^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");

	private static final Pattern NOTHING = Pattern.compile("^(?:~|null|Null|NULL|)$");

	@Override
	protected void addImplicitResolvers() {
		addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF");
		addImplicitResolver(Tag.INT, INTEGER, "-+0123456789");
		addImplicitResolver(Tag.FLOAT, DECIMAL, "-+0123456789.");
		addImplicitResolver(Tag.NULL, NOTHING, "~nN\0");
		addImplicitResolver(Tag.NULL, EMPTY, null);
	}

}
