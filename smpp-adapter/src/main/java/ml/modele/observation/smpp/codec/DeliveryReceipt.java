package ml.modele.observation.smpp.codec;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Fields of a delivery receipt in the text form of SMPP 3.4, appendix B:
 * {@code id:IIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E text:...}.
 * Fields the SMSC left out are null.
 *
 * @param id         message id that the SMSC gave in submit_sm_resp
 * @param submitted  value of sub:, parts originally submitted
 * @param delivered  value of dlvrd:, parts delivered
 * @param submitDate value of submit date:, YYMMDDhhmm or YYMMDDhhmmss, in the SMSC's time zone
 * @param doneDate   value of done date:, same form
 * @param stat       final state such as DELIVRD, EXPIRED, DELETED, UNDELIV, ACCEPTD, UNKNOWN, REJECTD
 * @param err        network-specific error code
 * @param text       first characters of the original message
 */
public record DeliveryReceipt(String id, String submitted, String delivered, String submitDate, String doneDate,
                              String stat, String err, String text) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyMMddHHmm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    public DeliveryReceipt {
        Objects.requireNonNull(id, "id");
    }

    /** Returns true when stat is DELIVRD. */
    public boolean isDelivered() {
        return "DELIVRD".equalsIgnoreCase(stat);
    }

    /** Returns the submit date as local time of the SMSC, if present and valid. */
    public Optional<LocalDateTime> submitDateTime() {
        return parseDate(submitDate);
    }

    /** Returns the done date as local time of the SMSC, if present and valid. */
    public Optional<LocalDateTime> doneDateTime() {
        return parseDate(doneDate);
    }

    private static Optional<LocalDateTime> parseDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value.length() == 10) {
                return Optional.of(LocalDateTime.parse(value, MINUTES));
            }
            if (value.length() == 12) {
                return Optional.of(LocalDateTime.parse(value, SECONDS));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
