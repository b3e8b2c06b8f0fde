package org.nurture.educator;

import java.time.Instant;
import java.util.List;

/**
 * The state of the directory, for the health endpoint and the admin reload.
 *
 * @param file the directory file
 * @param educators how many educators are in use
 * @param sample how many of them are sample data
 * @param loadedAt when the directory in use was loaded, or null if none ever was
 * @param checkedAt when the file was last read
 * @param problems what was wrong with the file at the last read (empty: it was loaded);
 * the directory in use is then the last good one
 */
public record DirectoryStatus(String file, int educators, int sample, Instant loadedAt, Instant checkedAt,
		List<String> problems) {

	public DirectoryStatus {
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return problems.isEmpty();
	}
}
