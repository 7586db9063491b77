package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormDefinition;

class SubmissionTest {

    private static final Instant NOW = Instant.parse("2026-06-18T20:00:00Z");

    private final FormDefinition results = DefaultFormSets.referendum().form("RES").orElseThrow();
    private final FormDefinition incident = DefaultFormSets.referendum().form("URG").orElseThrow();

    @Test
    void keysResultsByObserverAndStation() {
        assertEquals("7:RES:000019:ML010101-C001-B01",
                Submission.recordKey(7, results, "000019", "ML010101-C001-B01").orElseThrow());
        assertEquals("7:RES:000019:-", Submission.recordKey(7, results, "000019", "").orElseThrow());
    }

    @Test
    void incidentHasNoRecordKey() {
        assertTrue(Submission.recordKey(7, incident, "000019", "S1").isEmpty());
    }

    @Test
    void laterVersionReplacesValues() {
        Submission sheet = new Submission(7, results, 1, "000019", "S1", NOW);

        sheet.addVersion(Channel.SMS, "000019", 10L, values("A", "400", "E", "190"), "", null, NOW);
        SubmissionVersion second = sheet.addVersion(Channel.SMS, "000019", 11L, values("E", "180"), "", null, NOW);

        assertEquals(2, sheet.getCurrentVersion());
        assertEquals(Map.of("A", "400", "E", "180"), sheet.values());
        assertEquals(second, sheet.field("E").orElseThrow().getVersion());
        assertEquals(11L, sheet.field("E").orElseThrow().getVersion().getInboundId());
        assertEquals(10L, sheet.field("A").orElseThrow().getVersion().getInboundId());
        assertEquals("E180", second.getAnswers());
    }

    @Test
    void flagsRoundTrip() {
        Submission sheet = new Submission(7, results, 1, "000019", "S1", NOW);

        sheet.flag(SubmissionFlag.CONFLICT, true);
        sheet.flag(SubmissionFlag.UNVERIFIED_SENDER, true);
        sheet.flag(SubmissionFlag.CONFLICT, false);

        assertEquals("UNVERIFIED_SENDER", sheet.getFlags());
        assertTrue(sheet.flagged(SubmissionFlag.UNVERIFIED_SENDER));
        assertFalse(sheet.flagged(SubmissionFlag.CONFLICT));
    }

    @Test
    void cleanSheetIsCounted() {
        Submission sheet = new Submission(7, results, 1, "000019", "S1", NOW);
        sheet.addVersion(Channel.SMS, "000019", 10L, values("A", "400"), "", null, NOW);

        sheet.updateCounted();

        assertTrue(sheet.isCounted());
    }

    @Test
    void confirmationCountsWrongArithmetic() {
        Submission sheet = new Submission(7, results, 1, "000019", "S1", NOW);
        sheet.addVersion(Channel.SMS, "000019", 10L, values("A", "400"), "", null, NOW);
        sheet.flag(SubmissionFlag.ARITHMETIC_FAILED, true);
        sheet.updateCounted();
        assertFalse(sheet.isCounted());

        sheet.confirm(NOW);
        sheet.updateCounted();

        assertTrue(sheet.isCounted());
    }

    @Test
    void confirmationLapsesWithNewVersion() {
        Submission sheet = new Submission(7, results, 1, "000019", "S1", NOW);
        sheet.addVersion(Channel.SMS, "000019", 10L, values("A", "400"), "", null, NOW);
        sheet.flag(SubmissionFlag.ARITHMETIC_FAILED, true);
        sheet.confirm(NOW);

        sheet.addVersion(Channel.SMS, "000019", 11L, values("A", "401"), "", null, NOW);
        sheet.updateCounted();

        assertFalse(sheet.isCounted());
    }

    @Test
    void confirmationDoesNotSettleConflict() {
        Submission sheet = new Submission(7, results, 1, "000019", "S1", NOW);
        sheet.flag(SubmissionFlag.CONFLICT, true);
        sheet.confirm(NOW);

        sheet.updateCounted();

        assertFalse(sheet.isCounted());
    }

    @Test
    void rejectedSheetIsNeverCounted() {
        Submission sheet = new Submission(7, results, 1, "000019", "S1", NOW);
        sheet.reject(NOW);

        sheet.updateCounted();

        assertFalse(sheet.isCounted());
        assertEquals(SubmissionStatus.REJECTED, sheet.getStatus());
    }

    @Test
    void incidentIsNeverCounted() {
        Submission report = new Submission(7, incident, 1, "000019", "S1", NOW);

        report.updateCounted();

        assertFalse(report.isCounted());
    }

    private static Map<String, String> values(String... codesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put(codesAndValues[i], codesAndValues[i + 1]);
        }
        return values;
    }
}
