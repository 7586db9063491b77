package ml.modele.observation.infrastructure.reports;

import java.time.Instant;

import ml.modele.observation.domain.communique.CommuniqueKind;

/**
 * Values printed by the header and the page footer of a communiqué's PDF, the same for every kind.
 *
 * @param replacesVersion version this one corrects, or null
 * @param published       false prints the draft mark under the title and in the footer
 * @param dataAt          time the communiqué's content was frozen
 * @param contentHash     SHA-256 (hexadecimal) of the content (see {@code Communique.contentHash()});
 *                        the footer prints its first {@value #SHORT_HASH_LENGTH} digits
 */
public record CommuniqueFrame(CommuniqueKind kind, int version, Integer replacesVersion, boolean published,
                              String electionName, Instant dataAt, String contentHash) {

    /** Digits of the content hash printed in the footer. */
    public static final int SHORT_HASH_LENGTH = 12;

    /** Returns the first digits of the content hash, as printed. */
    public String shortHash() {
        return contentHash.substring(0, SHORT_HASH_LENGTH);
    }
}
