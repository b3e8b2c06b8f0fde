package org.nurture.conversation.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Where the content is.
 *
 * @param location the content folder ({@code CONTENT_DIR}, default {@code conversations})
 */
@Validated
@ConfigurationProperties("nurture.content")
public record ContentProperties(@NotNull Path location) {
}
