package ml.modele.observation.application.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One periodic report as the list shows it.
 *
 * @param id            id of the report
 * @param electionId    id of its election
 * @param observerCode  code of the long-term observer who wrote it
 * @param observerName  first and last name of that observer
 * @param regionCode    région P-code the report is about
 * @param regionName    name of that région
 * @param periodStart   first day of the period covered
 * @param periodEnd     last day of the period covered
 * @param themes        question codes of the themes that have a text, in form order
 * @param version       number of the current version, 1 for a report never revised
 * @param updatedAt     time of the current version
 * @param filedBy       user name of the platform user who filed it
 * @param attachments   number of attached files
 */
public record PeriodicReportSummary(long id, long electionId, String observerCode, String observerName, String regionCode,
                                    String regionName, LocalDate periodStart, LocalDate periodEnd,
                                    List<String> themes, int version, Instant updatedAt, String filedBy,
                                    int attachments) {
}
