package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The parse of answers from the observers' web form, which has no sender number to check. */
class SmsParserAuthenticatedTest {

    private final SmsParser parser = new SmsParser(SmsParserTableTest.FORMS, SmsParserTableTest.directory());

    @Test
    void webAnswersSkipSenderCheck() {
        ParsedSubmission parsed = parser.parseAuthenticated("DVT 123459 A1 B1 C2 D12 H3 @ File calme");
        assertTrue(parsed.accepted());
        assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
        assertFalse(parsed.flagged(SubmissionFlag.UNVERIFIED_SENDER));
        assertEquals("File calme", parsed.comment());
        assertEquals(List.of("A1", "B1", "C2", "D12", "H3"), parsed.answers().stream().map(Answer::compact).toList());
    }

    @Test
    void webAnswersKeepSmsRules() {
        ParsedSubmission range = parser.parseAuthenticated("DVT 123459 D1200");
        assertEquals(SubmissionError.Type.OUT_OF_RANGE, range.errors().get(0).type());
        assertEquals("D", range.errors().get(0).questionCode());

        ParsedSubmission sheet = parser.parseAuthenticated("RES 123459 A450 B312 C12 D300 E190 F120");
        assertEquals(SubmissionError.Type.OPTIONS_NOT_VALID, sheet.errors().get(0).type());
    }

    @Test
    void smsFromUnknownNumberStillFlagged() {
        ParsedSubmission parsed = parser.parse("+22379999999", "DVT 123459 A1");
        assertTrue(parsed.flagged(SubmissionFlag.UNVERIFIED_SENDER));
    }
}
