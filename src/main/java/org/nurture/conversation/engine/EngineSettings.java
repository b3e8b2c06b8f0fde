package org.nurture.conversation.engine;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How the engine treats time.
 *
 * @param sessionIdle after this long without a message, the next one starts a fresh
 * conversation (the language is kept)
 * @param zone the time zone in which "today" is read, for baby ages and dates
 */
public record EngineSettings(Duration sessionIdle, ZoneId zone) {
}
