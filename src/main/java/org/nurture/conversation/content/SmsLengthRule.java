package org.nurture.conversation.content;

import java.util.List;

/**
 * A text fits in {@value GsmText#MAX_SEGMENTS} SMS: {@value GsmText#SINGLE_SEPTETS} GSM-7
 * characters in one, or {@value GsmText#SEGMENT_SEPTETS} per part of a longer one
 * ({@code ^ { } \ [ ~ ] | €} count twice). A step's text counts with its choices,
 * numbered below it as the SMS channel sends them. A placeholder counts as written; its
 * value may make the text longer. A daily tip goes out as one SMS:
 * {@value GsmText#SINGLE_SEPTETS} characters at most.
 */
final class SmsLengthRule implements MeaningRule {

	private static final int MAX_SEPTETS = GsmText.MAX_SEGMENTS * GsmText.SEGMENT_SEPTETS;

	@Override
	public void check(ContentFiles content, List<ContentProblem> problems) {
		for (UserText text : UserText.all(content)) {
			text.texts().forEach((language, written) -> {
				int septets = GsmText.septets(text.message(language));
				int segments = GsmText.segments(septets);
				if (text.tip()) {
					if (segments > 1) {
						problems.add(ContentProblem.at(text.file(), written,
								text.where(language) + " takes " + segments + " SMS (" + septets + " characters)",
								"shorten it to at most " + GsmText.SINGLE_SEPTETS
										+ " characters: a tip goes out as one SMS"));
					}
				}
				else if (segments > GsmText.MAX_SEGMENTS) {
					problems.add(ContentProblem.at(text.file(), written,
							text.where(language) + (text.choices().isEmpty() ? "" : " with its numbered choices")
									+ " takes " + segments + " SMS (" + septets + " characters)",
							"shorten it to at most " + MAX_SEPTETS + " characters (" + GsmText.MAX_SEGMENTS + " SMS of "
									+ GsmText.SEGMENT_SEPTETS + ")"));
				}
			});
		}
	}

}
