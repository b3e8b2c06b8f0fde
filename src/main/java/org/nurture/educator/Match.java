package org.nurture.educator;

/**
 * An educator found for a place.
 *
 * @param educator who
 * @param miles how far from the place, in miles
 */
public record Match(Educator educator, double miles) {
}
