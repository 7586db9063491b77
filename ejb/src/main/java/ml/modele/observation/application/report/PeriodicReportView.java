package ml.modele.observation.application.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A periodic report as the reading screen shows it: its summary, the current text of each theme,
 * every version with the full texts it set, and the attachments.
 *
 * @param summary     the list line of the report
 * @param sections    current texts, one per theme of the form, empty text for a theme left blank
 * @param versions    versions, oldest first
 * @param attachments attached files, oldest first
 */
public record PeriodicReportView(PeriodicReportSummary summary, List<Section> sections, List<Version> versions,
                                 List<Attachment> attachments) {

    /**
     * Theme of the report with its current text.
     *
     * @param code    question code
     * @param labelFr French label of the theme
     * @param labelEn English label of the theme
     * @param text    current text, empty when not filled in
     */
    public record Section(String code, String labelFr, String labelEn, String text) {
    }

    /**
     * Version of the report.
     *
     * @param number    1 for the first filing
     * @param createdAt time it was stored
     * @param author    user name of who stored it
     * @param reason    reason given for a revision, or empty
     * @param texts     question code to the full text this version set
     */
    public record Version(int number, Instant createdAt, String author, String reason, Map<String, String> texts) {
    }

    /**
     * File attached to the report.
     *
     * @param id        id of the attachment
     * @param fileName  name given at upload
     * @param mediaType type read from the bytes
     * @param sizeBytes size in bytes
     * @param sha256    SHA-256 of the content, in hexadecimal
     */
    public record Attachment(long id, String fileName, String mediaType, int sizeBytes, String sha256) {
    }
}
