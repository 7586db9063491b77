package ml.modele.observation.application.observer;

import java.io.Serializable;

/**
 * Why an answer of the web form was rejected, as data for the message in the observer's language.
 *
 * @param kind         the name of a {@code SubmissionError.Type}, or {@link #NOT_DIGITS}
 * @param questionCode question concerned; several codes separated by spaces for MISSING_REQUIRED;
 *                     empty for a problem of the whole form
 * @param value        the value as typed, or the computed figure of a sheet check
 * @param expected     what would be accepted: a range "0..23", a sum "E+F=290"
 */
public record AnswerProblem(String kind, String questionCode, String value, String expected) implements Serializable {

    /** A field that takes a number or choice digits contains something else. */
    public static final String NOT_DIGITS = "NOT_DIGITS";
}
