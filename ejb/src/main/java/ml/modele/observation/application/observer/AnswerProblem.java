package ml.modele.observation.application.observer;

import java.io.Serializable;

import ml.modele.observation.domain.submission.SubmissionError;

/**
 * Why an answer of the web form was rejected, as data for the message in the observer's language:
 * a {@link SubmissionError} of the parser, or one of the two problems that only the web form has.
 *
 * @param kind         the name of a {@code SubmissionError.Type}, {@link #NOT_DIGITS} or {@link #EMPTY_FORM}
 * @param questionCode question concerned; several codes separated by spaces for MISSING_REQUIRED;
 *                     empty for a problem of the whole form
 * @param value        the value as typed, or the computed figure of a sheet check
 * @param expected     what would be accepted: a range "0..23", choice digits "1 2 3", the codes of
 *                     the form's fields, a sum "E+F=290"
 */
public record AnswerProblem(String kind, String questionCode, String value, String expected) implements Serializable {

    /** A field that takes a number or choice digits contains something else. */
    public static final String NOT_DIGITS = "NOT_DIGITS";

    /** No field and no comment was filled in. */
    public static final String EMPTY_FORM = "EMPTY_FORM";

    /** Returns the problem that a parser error describes. */
    public static AnswerProblem of(SubmissionError error) {
        return new AnswerProblem(error.type().name(), error.questionCode(), error.value(), error.expected());
    }
}
