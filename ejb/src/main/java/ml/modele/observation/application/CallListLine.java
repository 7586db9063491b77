package ml.modele.observation.application;

import java.time.Instant;
import java.util.List;

import ml.modele.observation.domain.followup.CallOutcome;

/**
 * Observer on the call list of a form: deployed to a station and silent on that form after its
 * deadline.
 *
 * @param supervisorName   supervisor's name, empty when the observer has none
 * @param supervisorPhones supervisor's numbers in E.164
 * @param lastOutcome      outcome of the latest call about this form, null before the first call
 * @param lastCallAt       time of that call, null before the first call
 * @param escalated        true when a call passed the case to the supervisor
 */
public record CallListLine(String observerCode, String name, List<String> phones, String supervisorName,
                           List<String> supervisorPhones, String stationCode, CallOutcome lastOutcome,
                           Instant lastCallAt, boolean escalated) {
}
