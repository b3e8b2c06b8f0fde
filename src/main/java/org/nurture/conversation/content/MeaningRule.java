package org.nurture.conversation.content;

import java.util.List;

/**
 * One rule of the meaning pass: finds what is well-formed but wrong, such as a goto to a
 * step that does not exist.
 */
interface MeaningRule {

	void check(ContentFiles content, List<ContentProblem> problems);

}
