package ml.modele.observation.simulator;

/**
 * One SMS that an observer sends during the simulated day.
 *
 * @param observerCode   the sender's observer code
 * @param sender         the sender's number in E.164 without the plus sign, as an SMSC writes it
 * @param minute         minutes after 06:00 of the election day
 * @param form           form code at the start of the text (ARV, DVT, FDP, RES, URG)
 * @param text           the text as typed
 * @param typo           the typing error in the text, or null when it was typed right
 * @param correction     true when this message corrects an earlier one that the platform rejects
 * @param redelivered    true when the SMSC delivers it a second time after the first deliver_sm_resp
 * @param expectedReply  reply that the platform's SMS grammar gives to this text (for the intake check)
 * @param accepted       true when the grammar recognises the form and the observer, so that the
 *                       platform stores the valid answers even if others are wrong (for the coverage check)
 */
public record PlannedSms(String observerCode, String sender, double minute, String form, String text, Typo typo,
        boolean correction, boolean redelivered, String expectedReply, boolean accepted) {

    /** Typing errors that observers make on a phone keypad. */
    public enum Typo {
        /** Letters O, I or l typed for the digits 0 and 1 in a value: read right by the platform. */
        LETTER_FOR_DIGIT,
        /** Lower case, commas, dashes and extra spaces between codes: read right by the platform. */
        SPACING,
        /** A required code left out: the reply names it and the observer sends it alone. */
        MISSING_CODE,
        /** A value out of its range: the reply names it and the observer sends the message again. */
        OUT_OF_RANGE,
        /** Result figures that do not add up: not counted until the observer sends the sheet again. */
        WRONG_ARITHMETIC,
        /** One digit of the observer code mistyped, so its check digit fails: the observer sends again. */
        WRONG_OBSERVER_CODE;

        /** Returns true when the platform reads the text right despite the error, so no correction follows. */
        public boolean readRight() {
            return this == LETTER_FOR_DIGIT || this == SPACING;
        }
    }
}
