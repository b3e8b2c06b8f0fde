package org.nurture.conversation.understanding;

/**
 * Per-thread working space for {@link TopicIndex#score}: the dot product of the message
 * with each example, and which examples it touched, so that clearing costs what was used.
 */
final class TopicScratch {

	final double[] dots;

	final int[] touched;

	int touchedCount;

	TopicScratch(int examples) {
		dots = new double[examples];
		touched = new int[examples];
	}

	void clear() {
		for (int i = 0; i < touchedCount; i++) {
			dots[touched[i]] = 0;
		}
		touchedCount = 0;
	}

}
