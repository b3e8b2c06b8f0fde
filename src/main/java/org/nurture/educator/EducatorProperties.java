package org.nurture.educator;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The educators directory.
 *
 * @param file the directory CSV ({@code EDUCATORS_FILE}, default
 * {@code config/educators.csv})
 * @param radiusMiles how far to look for an educator near a parent, in miles
 * @param checkEvery how often to look whether the file changed (it is reloaded when it
 * did)
 */
@Validated
@ConfigurationProperties("nurture.educators")
record EducatorProperties(@NotNull Path file, @Positive double radiusMiles, @NotNull Duration checkEvery) {
}
