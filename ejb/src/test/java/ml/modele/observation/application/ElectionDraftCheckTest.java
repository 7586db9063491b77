package ml.modele.observation.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import ml.modele.observation.application.ElectionDraft.OptionLine;
import ml.modele.observation.application.ElectionDraft.PhaseLine;

class ElectionDraftCheckTest {

    private static final LocalDate VOTING_DAY = LocalDate.of(2028, 7, 30);

    @Test
    void nameLongerThanColumnIsRejected() {
        assertDoesNotThrow(() -> ElectionDraftCheck.checkName("  " + "n".repeat(200) + "  "));

        UserInputException e = rejected(() -> ElectionDraftCheck.checkName("n".repeat(300)));

        assertEquals("election.error.nameTooLong", e.messageKey());
        assertArrayEquals(new Object[] {300, 200}, e.arguments());
    }

    @Test
    void nameLengthCountsCodePoints() {
        String emoji = "\uD83D\uDDF3";

        assertDoesNotThrow(() -> ElectionDraftCheck.checkName(emoji.repeat(200)));
        assertEquals("election.error.nameTooLong",
                rejected(() -> ElectionDraftCheck.checkName(emoji.repeat(201))).messageKey());
    }

    @Test
    void blankNameIsMissing() {
        assertEquals("election.error.nameMissing", rejected(() -> ElectionDraftCheck.checkName("   ")).messageKey());
        assertEquals("election.error.nameMissing", rejected(() -> ElectionDraftCheck.checkName(null)).messageKey());
    }

    @Test
    void electionDateOutsideRangeIsRejected() {
        assertDoesNotThrow(() -> ElectionDraftCheck.checkDate(LocalDate.of(1990, 1, 1)));
        assertDoesNotThrow(() -> ElectionDraftCheck.checkDate(LocalDate.of(2100, 12, 31)));

        UserInputException old = rejected(() -> ElectionDraftCheck.checkDate(LocalDate.of(1899, 1, 1)));
        UserInputException late = rejected(() -> ElectionDraftCheck.checkDate(LocalDate.of(9999, 1, 1)));

        assertEquals("election.error.dateOutOfRange", old.messageKey());
        assertArrayEquals(new Object[] {"01/01/1899", "01/01/1990", "31/12/2100"}, old.arguments());
        assertEquals("election.error.dateOutOfRange", late.messageKey());
        assertEquals("01/01/9999", late.arguments()[0]);
        assertEquals("election.error.dateMissing", rejected(() -> ElectionDraftCheck.checkDate(null)).messageKey());
    }

    @Test
    void optionCodeTooLongNamesValueAndLimit() {
        String code = "C".repeat(60);

        UserInputException e = rejected(() -> ElectionDraftCheck.checkOptions(List.of(
                new OptionLine("C01", "Candidat Un"), new OptionLine(code, "Candidat Deux"))));

        assertEquals("election.error.optionCodeTooLong", e.messageKey());
        assertArrayEquals(new Object[] {2, code, 60, 32}, e.arguments());
    }

    @Test
    void optionCodeWithSymbolsRejected() {
        for (String code : List.of("A B", "A/B", "É1", "OUI.", "C01 ", "straße")) {
            UserInputException e = rejected(() -> ElectionDraftCheck.checkOptions(List.of(
                    new OptionLine(code + "X", "Libellé"))));

            assertEquals("election.error.optionCodeInvalid", e.messageKey(), code);
            assertEquals((code + "X").trim(), e.arguments()[1], code);
        }
    }

    @Test
    void optionCodeOfAllowedCharactersAccepted() {
        assertDoesNotThrow(() -> ElectionDraftCheck.checkOptions(List.of(new OptionLine("c01", "Candidat Un"),
                new OptionLine(" LISTE_2-B ", "Liste deux"), new OptionLine("OUI", "Oui"))));
        assertEquals("C01", ElectionDraftCheck.optionCode(" c01 "));
    }

    @Test
    void optionCodeRepeatedInAnotherCaseIsDuplicate() {
        UserInputException e = rejected(() -> ElectionDraftCheck.checkOptions(List.of(
                new OptionLine("C01", "Un"), new OptionLine("c01", "Deux"))));

        assertEquals("election.error.optionDuplicate", e.messageKey());
        assertEquals("c01", e.arguments()[0]);
    }

    @Test
    void optionLabelTooLongNamesLengthAndLimit() {
        UserInputException e = rejected(() -> ElectionDraftCheck.checkOptions(List.of(
                new OptionLine("C01", "L".repeat(300)))));

        assertEquals("election.error.optionLabelTooLong", e.messageKey());
        assertArrayEquals(new Object[] {1, 300, 200}, e.arguments());
    }

    @Test
    void incompleteOptionAndNoOptionAreRejected() {
        assertEquals("election.error.noOption", rejected(() -> ElectionDraftCheck.checkOptions(List.of()))
                .messageKey());
        assertEquals("election.error.optionIncomplete", rejected(() -> ElectionDraftCheck.checkOptions(List.of(
                new OptionLine("C01", " ")))).messageKey());
    }

    @Test
    void longPhaseNameRejectedWithLimit() {
        UserInputException e = rejected(() -> ElectionDraftCheck.checkPhases(List.of(
                new PhaseLine("Campagne", VOTING_DAY.minusDays(21), VOTING_DAY.minusDays(2)),
                new PhaseLine("P".repeat(300), VOTING_DAY, VOTING_DAY))));

        assertEquals("election.error.phaseNameTooLong", e.messageKey());
        assertArrayEquals(new Object[] {2, 300, 200}, e.arguments());
    }

    @Test
    void phaseDatesOutsideRangeNameStartOrEnd() {
        UserInputException start = rejected(() -> ElectionDraftCheck.checkPhases(List.of(
                new PhaseLine("Campagne", LocalDate.of(1899, 1, 1), VOTING_DAY))));
        UserInputException end = rejected(() -> ElectionDraftCheck.checkPhases(List.of(
                new PhaseLine("Campagne", VOTING_DAY, LocalDate.of(2101, 1, 1)))));

        assertEquals("election.error.phaseStartOutOfRange", start.messageKey());
        assertArrayEquals(new Object[] {1, "Campagne", "01/01/1899", "01/01/1990", "31/12/2100"}, start.arguments());
        assertEquals("election.error.phaseEndOutOfRange", end.messageKey());
        assertEquals("01/01/2101", end.arguments()[2]);
    }

    @Test
    void phaseEndingBeforeStartIsRejected() {
        UserInputException e = rejected(() -> ElectionDraftCheck.checkPhases(List.of(
                new PhaseLine(" Campagne ", VOTING_DAY, VOTING_DAY.minusDays(1)))));

        assertEquals("election.error.phaseDates", e.messageKey());
        assertEquals("Campagne", e.arguments()[0]);
    }

    private static UserInputException rejected(Executable check) {
        return assertThrows(UserInputException.class, check);
    }
}
