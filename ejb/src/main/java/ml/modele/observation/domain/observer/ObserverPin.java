package ml.modele.observation.domain.observer;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A one-time PIN sent by SMS to log an observer in to the web form. Only its hash is stored;
 * it works once, until it expires or takes {@link PinPolicy#MAX_ATTEMPTS} wrong tries.
 */
@Entity
@Table(name = "observer_pin")
@NamedQuery(name = ObserverPin.OF_OBSERVER_SINCE, query = "SELECT p FROM ObserverPin p"
        + " WHERE p.observerId = :observer AND p.createdAt > :since ORDER BY p.createdAt DESC, p.id DESC")
public class ObserverPin implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_OBSERVER_SINCE = "ObserverPin.ofObserverSince";

    /** Whether a PIN can still log in. */
    public enum State {
        USABLE,
        EXPIRED,
        USED,
        /** Too many wrong tries. */
        EXHAUSTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "observer_id", nullable = false)
    private Long observerId;

    @Column(name = "pin_hash", nullable = false, length = 255)
    private String pinHash;

    @Column(name = "sent_to", nullable = false, length = 200)
    private String sentTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ObserverPin() {
    }

    public ObserverPin(long observerId, String pinHash, String sentTo, Instant now) {
        this.observerId = observerId;
        this.pinHash = pinHash;
        this.sentTo = sentTo;
        this.createdAt = now;
        this.expiresAt = now.plus(PinPolicy.VALIDITY);
    }

    /** Returns whether the PIN can still log in at this time. */
    public State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (attempts >= PinPolicy.MAX_ATTEMPTS) {
            return State.EXHAUSTED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Counts a wrong PIN typed against this one and returns the tries left. */
    public int recordFailure() {
        attempts++;
        return Math.max(0, PinPolicy.MAX_ATTEMPTS - attempts);
    }

    /** Marks the PIN used by a successful login. */
    public void markUsed(Instant now) {
        this.usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getObserverId() {
        return observerId;
    }

    public String getPinHash() {
        return pinHash;
    }

    public String getSentTo() {
        return sentTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
