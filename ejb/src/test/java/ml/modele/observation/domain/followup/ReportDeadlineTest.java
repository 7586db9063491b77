package ml.modele.observation.domain.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReportDeadlineTest {

    private static final Instant DUE = Instant.parse("2026-06-18T07:30:00Z");

    @Test
    void passesAtItsTime() {
        ReportDeadline deadline = new ReportDeadline(1, "ARV", DUE, "eva", DUE.minusSeconds(3600));

        assertFalse(deadline.passed(DUE.minusSeconds(1)));
        assertTrue(deadline.passed(DUE));
    }

    @Test
    void moveChangesTimeAndAuthor() {
        ReportDeadline deadline = new ReportDeadline(1, "ARV", DUE, "eva", DUE);

        deadline.move(DUE.plusSeconds(1800), "admin", DUE);

        assertEquals(DUE.plusSeconds(1800), deadline.getDueAt());
        assertEquals("admin", deadline.getUpdatedBy());
    }

    @Test
    void callKeepsTrimmedNote() {
        FollowUpCall call = new FollowUpCall(1, 2, "ARV", CallOutcome.REACHED, "  arrivera à 8 h  ", false, "eva", DUE);

        assertEquals("arrivera à 8 h", call.getNote());
    }

    @Test
    void callWithBlankNoteHasNone() {
        FollowUpCall call = new FollowUpCall(1, 2, "ARV", CallOutcome.NO_ANSWER, " ", true, "eva", DUE);

        assertNull(call.getNote());
        assertTrue(call.isEscalated());
    }
}
