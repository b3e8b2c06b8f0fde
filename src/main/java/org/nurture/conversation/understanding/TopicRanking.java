package org.nurture.conversation.understanding;

import java.util.List;

/**
 * The topics a message may be about, best first; only topics with some evidence are
 * listed.
 */
public record TopicRanking(List<ScoredTopic> ranked) {

	public TopicRanking {
		ranked = List.copyOf(ranked);
	}
}
