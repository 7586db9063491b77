package ml.modele.observation.application;

import java.time.Instant;

/**
 * A queued broadcast and where its messages are: pending (queued or being submitted), sent
 * (accepted by the SMSC), failed, or unknown (submitted without a definite response from the SMSC).
 */
public record BroadcastSummary(long id, Instant createdAt, String createdBy, String text, String filterSummary,
                               int recipients, int unverified, int withoutPhone, long pending, long sent, long failed,
                               long unknown) {
}
