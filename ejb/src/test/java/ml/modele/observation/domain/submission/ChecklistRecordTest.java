package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.smpp.codec.Gsm7;
import org.junit.jupiter.api.Test;

/**
 * Missing required codes of a message judged against the observer's stored record. Each message is
 * parsed, stored in a {@link Submission} as the intake stores it, then judged against that record
 * and answered. Observers and forms are those of {@link SmsParserTableTest}: on the ARV checklist,
 * A, B, F and G are required.
 */
class ChecklistRecordTest {

    private static final FormSet FORMS = SmsParserTableTest.FORMS;
    private static final String FRENCH_PHONE = "+22376123456";
    private static final String ENGLISH_PHONE = "+22366000001";
    private static final Instant NOW = Instant.parse("2026-07-12T08:00:00Z");

    private final SmsParser parser = new SmsParser(FORMS, SmsParserTableTest.directory());
    private final ReplyComposer composer = new ReplyComposer(FORMS);

    @Test
    void piecewiseChecklistHasNoFalseMissing() {
        Submission record = record("ARV", "123459", "BV-0001");

        ParsedSubmission first = intake(record, FRENCH_PHONE, "ARV 123459 A7 B1 F1 G1");
        ParsedSubmission second = intake(record, FRENCH_PHONE, "ARV 123459 H1");

        assertEquals("ARV 123459 enregistré: A7 B1 F1 G1. Merci.", reply(first));
        assertEquals("ARV 123459 enregistré: H1. Merci.", reply(second));
        assertEquals(List.of(), second.missingCodes());
        assertFalse(second.flagged(SubmissionFlag.INCOMPLETE));
        assertEquals(Map.of("A", "7", "B", "1", "F", "1", "G", "1", "H", "1"), record.values());
    }

    @Test
    void requiredCodesSpreadOverMessagesComplete() {
        Submission record = record("ARV", "100014", "BV-0002");

        ParsedSubmission first = intake(record, ENGLISH_PHONE, "ARV 100014 A7 B1");
        ParsedSubmission second = intake(record, ENGLISH_PHONE, "ARV 100014 F1 G2");

        assertEquals("ARV 100014 saved: A7 B1. Missing: F G. Thank you.", reply(first));
        assertEquals("ARV 100014 saved: F1 G2. Thank you.", reply(second));
        assertFalse(second.flagged(SubmissionFlag.INCOMPLETE));
    }

    @Test
    void recordMissingOneCodeNamesOnlyIt() {
        Submission record = record("ARV", "123459", "BV-0001");

        ParsedSubmission first = intake(record, FRENCH_PHONE, "ARV 123459 A7");
        ParsedSubmission second = intake(record, FRENCH_PHONE, "ARV 123459 B1 F1");

        assertEquals("ARV 123459 enregistré: A7. Manque: B F G. Merci.", reply(first));
        assertEquals("ARV 123459 enregistré: B1 F1. Manque: G. Merci.", reply(second));
        assertEquals(List.of("G"), second.missingCodes());
        assertTrue(second.flagged(SubmissionFlag.INCOMPLETE));
    }

    @Test
    void firstPartialMessageNamesMissing() {
        Submission record = record("ARV", "123459", "BV-0001");

        ParsedSubmission first = intake(record, FRENCH_PHONE, "ARV 123459 A7 B1");

        assertEquals("ARV 123459 enregistré: A7 B1. Manque: F G. Merci.", reply(first));
        assertEquals(List.of("F", "G"), first.missingCodes());
        assertTrue(first.flagged(SubmissionFlag.INCOMPLETE));
    }

    @Test
    void checklistWithoutAnswersNamesWhatRecordLacks() {
        Submission record = record("ARV", "123459", "BV-0001");
        intake(record, FRENCH_PHONE, "ARV 123459 A7 F1");

        ParsedSubmission empty = intake(record, FRENCH_PHONE, "ARV 123459");

        assertEquals("ARV 123459: aucune réponse lue. Envoyez les codes de la carte, ex: ARV 123459 A1. Manque: B G."
                + " Merci.", reply(empty));
    }

    @Test
    void checklistErrorStillRepliesWithError() {
        Submission record = record("ARV", "123459", "BV-0001");
        intake(record, FRENCH_PHONE, "ARV 123459 A7 F1 G1");

        ParsedSubmission wrong = intake(record, FRENCH_PHONE, "ARV 123459 B3");

        assertEquals("ARV: B=3 invalide. Envoyez B1 pour oui ou B2 pour non.", reply(wrong));
        assertEquals(List.of(), wrong.missingCodes());
        assertEquals(Map.of("A", "7", "F", "1", "G", "1"), record.values());
    }

    @Test
    void resultsStillJudgedOnMessageFigures() {
        ParsedSubmission parsed = parser.parse(FRENCH_PHONE, "RES 123459 A450 B312 C12 D300 E180");

        ParsedSubmission judged = parsed.judgedAgainstRecord(Set.of("A", "B", "C", "D", "E", "F"));

        assertSame(parsed, judged);
        assertEquals(List.of("F"), judged.missingCodes());
        assertEquals("RES: manque F. Renvoyez RES 123459 avec F. Autres réponses enregistrées.", reply(judged));
    }

    @Test
    void incidentStillJudgedOnMessageAlone() {
        ParsedSubmission parsed = parser.parse(FRENCH_PHONE, "URG 123459 B2 C1");

        ParsedSubmission judged = parsed.judgedAgainstRecord(Set.of("A", "B", "C", "D"));

        assertSame(parsed, judged);
        assertEquals("URG: manque A. Renvoyez URG 123459 avec A. Autres réponses enregistrées.", reply(judged));
    }

    private static Submission record(String formCode, String observerCode, String stationCode) {
        return new Submission(1L, FORMS.form(formCode).orElseThrow(), 7L, observerCode, stationCode, NOW);
    }

    /** Parses a message, stores its valid answers in the record and judges it as the SMS intake does. */
    private ParsedSubmission intake(Submission record, String sender, String text) {
        ParsedSubmission parsed = parser.parse(sender, text);
        assertTrue(parsed.accepted(), "message not accepted: " + text);
        Map<String, String> answers = new LinkedHashMap<>();
        for (Answer answer : parsed.answers()) {
            answers.put(answer.code(), answer.value());
        }
        record.addVersion(Channel.SMS, parsed.observerCode(), null, answers, parsed.comment(), null, NOW);
        return parsed.judgedAgainstRecord(record.values().keySet());
    }

    private String reply(ParsedSubmission judged) {
        String text = composer.compose(judged).text();
        assertTrue(Gsm7.canEncode(text), "reply is not GSM-7: " + text);
        assertTrue(text.length() <= ReplyComposer.MAX_LENGTH, "reply longer than one SMS: " + text);
        return text;
    }
}
