package ml.modele.observation.application.incident;

import java.time.Instant;
import java.util.List;

/**
 * One incident as the situation room lists it.
 *
 * @param submissionId id of the incident submission
 * @param reportedAt   time of its first message
 * @param stationCode  station of the reporting observer, or null when not deployed to one
 * @param regionCode   région P-code of the station, or of the observer when there is no station
 * @param observerCode reporting observer
 * @param categories   codes of the categories reported (choices of the incident form's first question)
 * @param critical     whether a category is critical, so that alerts were queued
 * @param comment      free comment of the message, or empty
 * @param status       review status
 * @param alerts       SMS alerts queued for it
 */
public record IncidentRow(long submissionId, Instant reportedAt, String stationCode, String regionCode,
                          String observerCode, List<String> categories, boolean critical, String comment,
                          IncidentStatus status, int alerts) {
}
