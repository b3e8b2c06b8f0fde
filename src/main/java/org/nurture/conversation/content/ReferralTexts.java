package org.nurture.conversation.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a referral to certified educators reads ({@code referrals.yml}).
 *
 * @param texts the headings, entries and notes
 * @param moreWords per language, the words (folded) that ask for the next educators
 * @param offers by the directory's offer code ({@code in_home}), as parents read it
 * @param languages by language code in the directory ({@code es}), as parents read it
 */
public record ReferralTexts(Map<ReferralText, LocalizedText> texts, Map<Language, List<String>> moreWords,
		Map<String, LocalizedText> offers, Map<String, LocalizedText> languages) {

	public ReferralTexts {
		texts = Map.copyOf(texts);
		moreWords = Map.copyOf(moreWords);
		offers = Map.copyOf(offers);
		languages = Map.copyOf(languages);
	}

	public String text(ReferralText text, Language language) {
		LocalizedText written = texts.get(text);
		return written == null ? "" : written.in(language);
	}

	public Optional<String> offer(String code, Language language) {
		return Optional.ofNullable(offers.get(code)).map(offer -> offer.in(language));
	}

	public Optional<String> languageName(String code, Language language) {
		return Optional.ofNullable(languages.get(code)).map(name -> name.in(language));
	}
}
