package org.nurture.conversation.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.nurture.contact.Consent;
import org.nurture.conversation.content.Language;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.understanding.BabyDate;
import org.nurture.subscription.Cadence;
import org.nurture.subscription.Subscription;

/**
 * Changes a parent's daily tips and says so: each change is kept in the session and
 * saved, as an effect, in the same unit of writes.
 */
final class TipsChanges {

	private final TipsTexts texts;

	TipsChanges(TipsTexts texts) {
		this.texts = texts;
	}

	/** The subscription as it now is, in the session and saved. */
	void save(Turn turn, Subscription changed) {
		turn.update(turn.session().withSubscription(changed));
		turn.effect(new Effect.SubscriptionChanged(changed));
	}

	/**
	 * Ends tips at once, when they are on, recording what the parent said and was shown;
	 * saving it cancels the tip waiting to be sent.
	 * @return whether tips were on
	 */
	boolean end(Turn turn, Subscription.EndReason reason, String keyword, String shown) {
		Subscription subscription = turn.session().subscription();
		turn.update(turn.session().asking(null));
		if (subscription == null || !subscription.active()) {
			return false;
		}
		turn.effect(new Effect.TipsConsent(Consent.TIPS_ENDED, keyword, shown));
		save(turn, subscription.ended(reason));
		return true;
	}

	void pause(Turn turn, Subscription subscription, int days) {
		LocalDate until = now(turn).atZone(subscription.zone()).toLocalDate().plusDays(days);
		save(turn, subscription.pausedUntil(until));
		turn.say(texts.text(TipsText.PAUSED, turn.language()).replace("{day}", texts.day(until, turn.language())));
	}

	void resume(Turn turn, Subscription subscription) {
		boolean paused = subscription.pausedUntil() != null;
		Subscription resumed = subscription.pausedUntil(null);
		if (paused) {
			save(turn, resumed);
		}
		turn.say(texts.text(paused ? TipsText.RESUMED : TipsText.NOT_PAUSED, turn.language())
			.replace("{next}", texts.next(resumed, now(turn), turn.language())));
	}

	void time(Turn turn, Subscription subscription, LocalTime chosen) {
		Language language = turn.language();
		Subscription changed = subscription.at(chosen);
		if (!changed.sendTime().equals(chosen)) {
			turn.say(texts.text(TipsText.TIME_MOVED, language)
				.replace("{time}", texts.time(changed.sendTime(), language)));
		}
		save(turn, changed);
		turn.say(texts.text(TipsText.TIME_CHANGED, language)
			.replace("{time}", texts.time(changed.sendTime(), language))
			.replace("{next}", texts.next(changed, now(turn), language)));
	}

	void cadence(Turn turn, Subscription subscription, Cadence cadence) {
		Language language = turn.language();
		Subscription changed = subscription.every(cadence);
		save(turn, changed);
		turn.say(texts.text(TipsText.CADENCE_CHANGED, language)
			.replace("{cadence}", texts.cadence(cadence, language))
			.replace("{next}", texts.next(changed, now(turn), language)));
	}

	/**
	 * A new birth or due date, unless tips cannot follow it (a baby over two, a due date
	 * too far away): then the reason is said and nothing changes.
	 * @param saved what to say once it is saved
	 */
	void baby(Turn turn, Subscription subscription, BabyDate date, LocalDate today, TipsText saved) {
		Language language = turn.language();
		Optional<TipsText> refused = TipsAnswers.refusal(date, today);
		if (refused.isPresent()) {
			turn.say(texts.text(refused.get(), language));
			return;
		}
		Subscription changed = date.due() ? subscription.dueOn(date.date()) : subscription.bornOn(date.date());
		save(turn, changed);
		turn.say(texts.text(saved, language)
			.replace("{baby}", texts.baby(date, language))
			.replace("{next}", texts.next(changed, now(turn), language)));
	}

	private static Instant now(Turn turn) {
		return turn.message().receivedAt();
	}

}
