package ml.modele.observation.domain.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ElectionTest {

    private static final Instant NOW = Instant.parse("2023-06-01T08:00:00Z");
    private static final LocalDate VOTING_DAY = LocalDate.of(2023, 6, 18);

    @Test
    void planReplacesOptionsAndPhases() {
        Election election = new Election("Référendum", ElectionType.REFERENDUM, VOTING_DAY, 1L, NOW);

        election.plan(List.of(new BallotOption("OUI", "Oui"), new BallotOption("NON", "Non")),
                List.of(new ElectionPhase("Scrutin", VOTING_DAY, VOTING_DAY)), NOW);
        election.plan(List.of(new BallotOption("OUI", "Oui")), List.of(), NOW);

        assertEquals(1, election.getOptions().size());
        assertTrue(election.getPhases().isEmpty());
    }

    @Test
    void closedElectionIsReadOnly() {
        Election election = new Election("Référendum", ElectionType.REFERENDUM, VOTING_DAY, 1L, NOW);
        election.changeStatus(ElectionStatus.CLOSED, NOW);

        assertThrows(IllegalStateException.class, () -> election.plan(List.of(), List.of(), NOW));
        assertThrows(IllegalStateException.class,
                () -> election.describe("Autre", ElectionType.LEGISLATIVE, VOTING_DAY, 1L, NOW));
        assertThrows(IllegalStateException.class, () -> election.changeStatus(ElectionStatus.ONGOING, NOW));
    }

    @Test
    void phaseEndingBeforeStartIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ElectionPhase("Campagne", VOTING_DAY, VOTING_DAY.minusDays(1)));
    }
}
