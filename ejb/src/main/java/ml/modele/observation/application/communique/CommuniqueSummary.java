package ml.modele.observation.application.communique;

import java.time.Instant;
import java.util.List;

import ml.modele.observation.domain.communique.CommuniqueKind;
import ml.modele.observation.domain.communique.CommuniqueStatus;
import ml.modele.observation.domain.report.ReportPeriod;

/**
 * One communiqué version as the publication log lists it.
 *
 * @param period          the week a weekly report covers, or null for the other kinds
 * @param replacesVersion version this one corrects, or null
 * @param publications    stored PDFs, one per language, empty until published
 * @param publicNow       whether the public list shows it now (published and past any embargo)
 */
public record CommuniqueSummary(long id, long electionId, String electionName, CommuniqueKind kind,
                                ReportPeriod period, int version, Integer replacesVersion, CommuniqueStatus status,
                                Instant snapshotAt, String createdBy, Instant createdAt, String editedBy, String approvedBy,
                                Instant approvedAt, Instant embargoUntil, String publishedBy, Instant publishedAt,
                                List<PublishedPdf> publications, boolean publicNow) {

    /** A stored PDF: its language, SHA-256 and pages. */
    public record PublishedPdf(String language, String sha256, int pages) {
    }
}
