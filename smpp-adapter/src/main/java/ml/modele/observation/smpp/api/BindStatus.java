package ml.modele.observation.smpp.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Health of one bind, for the operations screen and the readiness check.
 *
 * @param name            host:port and system_id of the bind
 * @param state           DISABLED (no SMSC configured), CONNECTING, BOUND, RECONNECTING or STOPPED
 * @param lastActivity    time of the last PDU sent or received, or null
 * @param reconnects      number of binds after the first
 * @param queueDepth      PDUs waiting for a worker thread of the session
 * @param pendingParts    incomplete concatenated messages held
 * @param received        complete messages delivered to the application since start
 * @param receipts        delivery receipts delivered to the application since start
 * @param sentSegments    segments the SMSC accepted since start
 * @param lastError       last bind or delivery error, or empty
 */
public record BindStatus(String name, String state, Instant lastActivity, long reconnects, int queueDepth,
                         int pendingParts, long received, long receipts, long sentSegments, String lastError)
        implements Serializable {

    /** Returns true when the bind is up. */
    public boolean bound() {
        return "BOUND".equals(state);
    }
}
