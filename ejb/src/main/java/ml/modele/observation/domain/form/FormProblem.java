package ml.modele.observation.domain.form;

import java.util.Objects;

/**
 * Reason why a form set cannot be used, found by {@link FormSetValidator}, or cannot replace the
 * current set of an election, found by {@link FormSetChangeRules}.
 *
 * @param type         what is wrong
 * @param formCode     code of the form concerned, empty for a problem of the whole set
 * @param questionCode code of the question concerned, empty for a problem of a whole form
 * @param value        the offending value (a code, a number), empty when there is none
 */
public record FormProblem(Type type, String formCode, String questionCode, String value) {

    /** Kind of problem; each has a message key {@code form.problem.<name in lower case>}. */
    public enum Type {
        /** The set has no form. */
        NO_FORMS,
        /** A code is not 2 to 4 letters (form) or 1 to 3 letters (question). */
        INVALID_CODE,
        /** A code contains O, I or L, which observers confuse with 0 and 1. */
        CONFUSABLE_LETTER,
        /** Two forms of the set have the same code. */
        DUPLICATE_FORM_CODE,
        /** Two questions of a form have the same code. */
        DUPLICATE_QUESTION_CODE,
        /** A form code starts another form code. */
        FORM_CODE_PREFIX,
        /** A question code starts another question code of the same form. */
        QUESTION_CODE_PREFIX,
        /** A title or label is blank. */
        MISSING_LABEL,
        /** A form has no question. */
        NO_QUESTIONS,
        /** A number question has no range, a negative minimum or a minimum above its maximum. */
        INVALID_RANGE,
        /** A choice question has no choice, more than 9, or a choice code that is not one digit 1-9. */
        INVALID_CHOICES,
        /** Two choices of a question have the same code. */
        DUPLICATE_CHOICE_CODE,
        /** A question carries a result figure outside a results form, or on a type other than NUMBER. */
        MISPLACED_FIGURE,
        /** A results form lacks a figure (voters, null, valid, or any option votes) or repeats one. */
        INVALID_RESULT_FIGURES,
        /** A definition could not be read from the file. */
        UNREADABLE,
        /** A form with stored submissions is missing from the new set; the value is the number of submissions. */
        FORM_IN_USE_REMOVED,
        /** A form with stored submissions changes its kind; the value is the number of submissions. */
        FORM_IN_USE_KIND_CHANGED,
        /** A question with stored answers is missing from its form; the value is the number of answers. */
        QUESTION_IN_USE_REMOVED,
        /** A question with stored answers changes its type; the value is the number of answers. */
        QUESTION_IN_USE_TYPE_CHANGED,
        /** A question with stored answers changes its result-sheet figure; the value is the number of answers. */
        QUESTION_IN_USE_FIGURE_CHANGED,
        /** A choice of a question with stored answers is missing; the value is the choice code. */
        CHOICE_IN_USE_REMOVED
    }

    public FormProblem {
        Objects.requireNonNull(type, "type");
        formCode = formCode == null ? "" : formCode;
        questionCode = questionCode == null ? "" : questionCode;
        value = value == null ? "" : value;
    }

    /** Returns the key of the problem's message in the bundles. */
    public String messageKey() {
        return "form.problem." + type.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return type + (formCode.isEmpty() ? "" : " form=" + formCode)
                + (questionCode.isEmpty() ? "" : " question=" + questionCode) + (value.isEmpty() ? "" : " value=" + value);
    }
}
