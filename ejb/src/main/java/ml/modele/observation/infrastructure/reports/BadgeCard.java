package ml.modele.observation.infrastructure.reports;

/**
 * What one observer badge prints, every text already in the badge's language.
 *
 * @param verificationUrl the URL that the QR code carries and that the badge prints under it
 */
public record BadgeCard(String name, String organisation, String category, String place, String badgeNumber,
                        String election, String verificationUrl) {
}
