package ml.modele.observation.application.report;

/**
 * File uploaded with a periodic report, before its type and size are checked.
 *
 * @param fileName name given by the uploader, kept for display only
 * @param content  bytes of the file
 */
public record ReportFile(String fileName, byte[] content) {
}
