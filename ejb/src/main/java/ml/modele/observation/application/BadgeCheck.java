package ml.modele.observation.application;

/**
 * Result of a badge verification for the public page: whether the badge is valid, and what the
 * badge itself prints about its holder, no more (no observer code, phone or ID number).
 */
public record BadgeCheck(boolean valid, String name, String badgeNumber, String election) {
}
