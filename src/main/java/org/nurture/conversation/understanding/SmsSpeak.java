package org.nurture.conversation.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nurture.text.TextFolding;

/**
 * A language's SMS-speak ({@code sms} in the lexicon), replaced as whole words or pairs
 * of words before anything else reads a message: "wat oil shud i use" is "what oil should
 * i use".
 */
final class SmsSpeak {

	private final Map<String, List<String>> meanings = new HashMap<>();

	/**
	 * The first words of the two-word SMS-speak: a pair is looked up only where one of
	 * these is.
	 */
	private final Set<String> pairStarts = new HashSet<>();

	SmsSpeak(Map<String, String> sms) {
		sms.forEach((from, to) -> meanings.put(TextFolding.fold(from), LanguageAnalyzer.split(TextFolding.fold(to))));
		for (String from : meanings.keySet()) {
			int space = from.indexOf(' ');
			if (space > 0) {
				pairStarts.add(from.substring(0, space));
			}
		}
	}

	/** The SMS-speak words and pairs, folded. */
	Set<String> words() {
		return meanings.keySet();
	}

	/** The words with SMS-speak replaced; the same list when there is none in it. */
	List<String> expand(List<String> input) {
		List<String> expanded = new ArrayList<>(input.size() + 2);
		boolean changed = false;
		for (int i = 0; i < input.size(); i++) {
			if (i + 1 < input.size() && pairStarts.contains(input.get(i))) {
				List<String> pair = meanings.get(input.get(i) + " " + input.get(i + 1));
				if (pair != null) {
					expanded.addAll(pair);
					changed = true;
					i++;
					continue;
				}
			}
			List<String> single = meanings.get(input.get(i));
			if (single != null) {
				expanded.addAll(single);
				changed = true;
			}
			else {
				expanded.add(input.get(i));
			}
		}
		return changed ? expanded : input;
	}

}
