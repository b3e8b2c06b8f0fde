package org.nurture.educator;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The directory on the health endpoint ({@code educators}): how many educators are in use
 * and, when the file has problems, the problems. Always UP: parents are still answered
 * (by the last good directory, or with the organization's directory site), so a bad file
 * must not take the instance out of service.
 */
final class EducatorsHealthIndicator extends AbstractHealthIndicator {

	private final EducatorDirectory directory;

	EducatorsHealthIndicator(EducatorDirectory directory) {
		super("Educators directory health check failed");
		this.directory = directory;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		DirectoryStatus status = directory.status();
		builder.up()
			.withDetail("file", status.file())
			.withDetail("educators", status.educators())
			.withDetail("sample", status.sample())
			.withDetail("loadedAt", String.valueOf(status.loadedAt()))
			.withDetail("checkedAt", String.valueOf(status.checkedAt()));
		if (!status.ok()) {
			builder.withDetail("problems", status.problems());
		}
	}

}
