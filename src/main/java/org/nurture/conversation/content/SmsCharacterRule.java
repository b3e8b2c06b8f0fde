package org.nurture.conversation.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A text uses only characters that travel in GSM-7, so its SMS hold 153 characters, not
 * 67. Curly quotes, long dashes, the ellipsis character and special spaces have a plain
 * equivalent to write instead; emoji and other symbols have none and must go. Spanish
 * needs none of them: GSM-7 has é ñ ü ¿ ¡, and the SMS channel writes á í ó ú as a i o u.
 */
final class SmsCharacterRule implements MeaningRule {

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (UserText text : UserText.all(content)) {
			text.texts().forEach((language, written) -> {
				Map<String, String> unicode = GsmText.unicodeOnly(written.text());
				if (!unicode.isEmpty()) {
					problems.add(ContentProblem.at(text.file(), written,
							text.where(language) + " has " + describe(unicode.keySet())
									+ ", which sends it as UCS-2 (67 characters per SMS instead of 153)",
							fix(unicode)));
				}
			});
		}
	}

	private static String describe(Set<String> characters) {
		return characters.stream().map(SmsCharacterRule::name).collect(Collectors.joining(", "));
	}

	private static String name(String character) {
		return character.trim().isEmpty() ? String.format(Locale.ROOT, "U+%04X", character.codePointAt(0))
				: character + String.format(Locale.ROOT, " (U+%04X)", character.codePointAt(0));
	}

	private static String fix(Map<String, String> unicode) {
		List<String> fixes = new ArrayList<>();
		String replacements = unicode.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.map(entry -> (entry.getValue().equals(" ") ? "a plain space" : entry.getValue()) + " for "
					+ name(entry.getKey()))
			.collect(Collectors.joining(", "));
		String removals = unicode.entrySet()
			.stream()
			.filter(entry -> entry.getValue().isEmpty())
			.map(entry -> name(entry.getKey()))
			.collect(Collectors.joining(", "));
		if (!replacements.isEmpty()) {
			fixes.add("write " + replacements);
		}
		if (!removals.isEmpty()) {
			fixes.add("remove " + removals + " (emoji and symbols have no plain SMS equivalent)");
		}
		return String.join(", and ", fixes);
	}

}
