package org.nurture.contact;

import java.util.UUID;

/**
 * A person on a channel. Nothing more is kept about them than the job needs.
 *
 * @param language their language code ({@code en}, {@code es}), or null until known
 */
public record Contact(UUID id, Channel channel, String address, String language, boolean optedOut) {
}
