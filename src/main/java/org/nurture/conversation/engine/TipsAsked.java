package org.nurture.conversation.engine;

/**
 * What a daily-tips question outside the sign-up flow waits for: the parent's next
 * message answers it, or, when it does not, is read as usual.
 */
public enum TipsAsked {

	/** "TIME": the new time of day for tips. */
	TIME,
	/** "UPDATE": the baby's birth date, or the due date. */
	UPDATE,
	/** "The baby is born": the birth date. */
	BORN,
	/** "Today's tip": the baby's age, birth date or due date. */
	TODAY

}
