package ml.modele.observation.smpp.codec;

import java.util.Objects;
import java.util.Optional;

/**
 * Result of normalising an SMPP source address.
 *
 * @param kind   what the address is
 * @param e164   the number as +223 and 8 digits; present only when kind is MALI_NUMBER
 * @param reason why the address is not a Malian number; empty when it is
 */
public record SenderAddress(Kind kind, Optional<String> e164, String reason) {

    /** Category of a source address. */
    public enum Kind {
        /** A Malian number, normalised to E.164. */
        MALI_NUMBER,
        /** A short code of 3 to 6 digits, such as an operator service. */
        SHORT_CODE,
        /** An alphanumeric sender name. */
        ALPHANUMERIC,
        /** A valid-looking international number outside Mali. */
        FOREIGN_NUMBER,
        /** Anything else: empty, wrong length or stray characters. */
        INVALID
    }

    public SenderAddress {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(e164, "e164");
        Objects.requireNonNull(reason, "reason");
        if (e164.isPresent() != (kind == Kind.MALI_NUMBER)) {
            throw new IllegalArgumentException("e164 must be present exactly when kind is MALI_NUMBER");
        }
    }

    /** Returns true when the application may send a reply to this address. */
    public boolean replyAllowed() {
        return kind == Kind.MALI_NUMBER;
    }
}
