package ml.modele.observation.infrastructure.reports;

import java.time.Instant;

import ml.modele.observation.application.communique.CommuniqueSnapshot;
import ml.modele.observation.domain.communique.CommuniqueKind;

/**
 * Content of the PDF of a preliminary statement or a PVT results statement.
 *
 * @param replacesVersion version this one corrects, or null
 * @param published       false prints the draft mark on the first page and in the footer
 * @param contentHash     SHA-256 (hexadecimal) of the figures and narrative; its first 12 digits are printed
 */
public record CommuniqueDocument(CommuniqueKind kind, int version, Integer replacesVersion, boolean published,
                                 CommuniqueSnapshot snapshot, String findingsHtml, String recommendationsHtml,
                                 String contentHash) {

    /** Returns what the header and page footer print, with the time of the figures as the time of the data. */
    public CommuniqueFrame frame() {
        return new CommuniqueFrame(kind, version, replacesVersion, published, snapshot.electionName(),
                Instant.parse(snapshot.takenAt()), contentHash);
    }
}
