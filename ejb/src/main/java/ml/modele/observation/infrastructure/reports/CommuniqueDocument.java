package ml.modele.observation.infrastructure.reports;

import ml.modele.observation.application.communique.CommuniqueSnapshot;
import ml.modele.observation.domain.communique.CommuniqueKind;

/**
 * What a communiqué's PDF prints.
 *
 * @param replacesVersion version this one corrects, or null
 * @param published       false prints the draft mark on the first page and in the footer
 * @param contentHash     SHA-256 (hexadecimal) of the figures and narrative; its first 12 digits are printed
 */
public record CommuniqueDocument(CommuniqueKind kind, int version, Integer replacesVersion, boolean published,
                                 CommuniqueSnapshot snapshot, String findingsHtml, String recommendationsHtml,
                                 String contentHash) {

    /** Digits of the content hash printed in the footer. */
    public static final int SHORT_HASH_LENGTH = 12;

    /** Returns the first digits of the content hash, as printed. */
    public String shortHash() {
        return contentHash.substring(0, SHORT_HASH_LENGTH);
    }
}
