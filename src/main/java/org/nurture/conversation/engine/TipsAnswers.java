package org.nurture.conversation.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.nurture.conversation.content.Expectation;
import org.nurture.conversation.content.Flow;
import org.nurture.conversation.content.SlotType;
import org.nurture.conversation.content.Step;
import org.nurture.conversation.content.TipsText;
import org.nurture.conversation.understanding.BabyDate;
import org.nurture.conversation.understanding.TipAnswers;
import org.nurture.subscription.QuietHours;
import org.nurture.subscription.Subscription;

/**
 * The sign-up's typed answers ({@code birth_or_due}, {@code send_time},
 * {@code time_zone}): a baby over two is refused kindly (the sign-up ends), a due date
 * too far away asked again with the reason, and a time outside the hours tips are sent
 * moved inside, the parent told.
 */
final class TipsAnswers {

	/** Tips follow a baby up to their second birthday. */
	static final int OLDEST_DAYS = Subscription.LAST_DAY;

	/** A due date at most 42 weeks away. */
	static final int FARTHEST_DUE_DAYS = 42 * 7;

	/** A due date passed by more than this is not taken. */
	static final int OVERDUE_DAYS = 28;

	private final EngineSettings engineSettings;

	private final TipsTexts texts;

	TipsAnswers(EngineSettings engineSettings, TipsTexts texts) {
		this.engineSettings = engineSettings;
		this.texts = texts;
	}

	/** Whether the sign-up reads this kind of answer itself. */
	static boolean reads(SlotType type) {
		return type == SlotType.BIRTH_OR_DUE || type == SlotType.SEND_TIME || type == SlotType.TIME_ZONE;
	}

	/**
	 * Why tips cannot follow this baby, if they cannot: over two years old, or due more
	 * than 42 weeks from now (or long overdue).
	 */
	static Optional<TipsText> refusal(BabyDate baby, LocalDate today) {
		long days = ChronoUnit.DAYS.between(baby.date(), today);
		if (!baby.due()) {
			return days > OLDEST_DAYS ? Optional.of(TipsText.TOO_OLD) : Optional.empty();
		}
		return -days > FARTHEST_DUE_DAYS || days > OVERDUE_DAYS ? Optional.of(TipsText.DUE_TOO_FAR) : Optional.empty();
	}

	/**
	 * The step's answer, if the message is one: saved, or refused with the reason. False
	 * when the message is no answer.
	 */
	boolean answer(Turn turn, Navigator navigator, Flow flow, Step step, Expectation.Slot slot) {
		return switch (slot.type()) {
			case BIRTH_OR_DUE -> baby(turn, navigator, flow, step, slot);
			case SEND_TIME -> time(turn, navigator, flow, step, slot);
			case TIME_ZONE -> zone(turn, navigator, flow, step, slot);
			default -> false;
		};
	}

	private boolean baby(Turn turn, Navigator navigator, Flow flow, Step step, Expectation.Slot slot) {
		LocalDate today = turn.message().receivedAt().atZone(engineSettings.zone()).toLocalDate();
		Optional<BabyDate> baby = TipAnswers.babyDate(turn.utterance().folded(), today);
		if (baby.isEmpty()) {
			return false;
		}
		Optional<TipsText> refused = refusal(baby.get(), today);
		if (refused.isPresent()) {
			turn.say(texts.text(refused.get(), turn.language()));
			if (refused.get() == TipsText.TOO_OLD) {
				turn.update(turn.session().atStep(null, null));
			}
			else {
				navigator.enter(turn, flow, step);
			}
			return true;
		}
		navigator.advance(turn, flow, step, slot.name(), TipsTexts.slotValue(baby.get()));
		return true;
	}

	private boolean time(Turn turn, Navigator navigator, Flow flow, Step step, Expectation.Slot slot) {
		Optional<LocalTime> time = TipAnswers.time(turn.utterance().folded());
		if (time.isEmpty()) {
			return false;
		}
		LocalTime clamped = QuietHours.clamp(time.get());
		if (!clamped.equals(time.get())) {
			turn.say(texts.text(TipsText.TIME_MOVED, turn.language())
				.replace("{time}", texts.time(clamped, turn.language())));
		}
		navigator.advance(turn, flow, step, slot.name(), clamped.toString());
		return true;
	}

	private boolean zone(Turn turn, Navigator navigator, Flow flow, Step step, Expectation.Slot slot) {
		Optional<ZoneId> zone = navigator.slots().zone(turn.utterance());
		if (zone.isEmpty()) {
			return false;
		}
		navigator.advance(turn, flow, step, slot.name(), zone.get().getId());
		return true;
	}

}
