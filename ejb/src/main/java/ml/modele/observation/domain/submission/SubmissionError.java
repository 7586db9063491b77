package ml.modele.observation.domain.submission;

import java.util.Locale;
import java.util.Objects;

/**
 * Problem found in a message.
 *
 * @param type         what is wrong
 * @param questionCode question concerned; several codes separated by spaces for MISSING_REQUIRED;
 *                     empty for a problem of the whole message
 * @param value        the value as read (after folding), or the computed figure for the arithmetic
 *                     of a results message; empty when there is none
 * @param expected     what would be accepted, as data for the reply: a range "0..23", the codes
 *                     of the form, a sum "E+F=290" or a registered-voter count
 */
public record SubmissionError(Type type, String questionCode, String value, String expected) {

    /** What is wrong; each type has a reply key {@code sms.error.<name in lower case>}. */
    public enum Type {
        EMPTY_MESSAGE,
        MISSING_FORM,
        UNKNOWN_FORM,
        WEB_ONLY_FORM,
        MISSING_OBSERVER_CODE,
        INVALID_OBSERVER_CODE,
        BAD_CHECK_DIGIT,
        UNKNOWN_OBSERVER,
        UNKNOWN_QUESTION,
        MISSING_VALUE,
        OUT_OF_RANGE,
        INVALID_CHOICE,
        CONFLICTING_ANSWER,
        TEXT_BY_SMS,
        MISSING_REQUIRED,
        /** The votes for the options do not add up to the valid votes. */
        OPTIONS_NOT_VALID,
        /** Valid votes plus null ballots do not make the voters. */
        VALID_NULL_NOT_VOTERS,
        /** More voters than the registered voters written on the sheet. */
        VOTERS_ABOVE_SHEET_REGISTERED,
        /** More voters than the registered voters of the station in the electoral map. */
        VOTERS_ABOVE_STATION_REGISTERED;

        /** Returns true for the arithmetic checks of a results message. */
        public boolean arithmetic() {
            return compareTo(OPTIONS_NOT_VALID) >= 0;
        }

        /** Returns the key of the reply text in the SMS bundles. */
        public String replyKey() {
            return "sms.error." + name().toLowerCase(Locale.ROOT);
        }
    }

    public SubmissionError {
        Objects.requireNonNull(type, "type");
        questionCode = questionCode == null ? "" : questionCode;
        value = value == null ? "" : value;
        expected = expected == null ? "" : expected;
    }

    /** Creates an error of the whole message. */
    public static SubmissionError of(Type type, String value) {
        return new SubmissionError(type, "", value, "");
    }

    @Override
    public String toString() {
        return type + (questionCode.isEmpty() ? "" : " " + questionCode) + (value.isEmpty() ? "" : "=" + value)
                + (expected.isEmpty() ? "" : " (" + expected + ")");
    }
}
