package ml.modele.observation.domain.form;

/** Type of the answer to a question, which fixes how an SMS value is read. */
public enum QuestionType {
    /** Yes or no: 1 for yes, 2 for no in an SMS. */
    YES_NO,
    /** A whole number between the question's minimum and maximum. */
    NUMBER,
    /** One choice, sent as its digit. */
    SINGLE_CHOICE,
    /** One or more choices, sent as their digits one after the other (A135). */
    MULTIPLE_CHOICE,
    /** Free text, entered on the web; an SMS carries free text only after {@code @}. */
    TEXT
}
