package ml.modele.observation.domain.accreditation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.Sex;

class AccreditationTest {

    private static final Instant NOW = Instant.parse("2023-06-01T10:00:00Z");
    private static final TrainingSession SESSION = new TrainingSession(1, TrainingLevel.LOCAL,
            LocalDate.of(2023, 6, 1), "Mopti", "Awa Traoré", "ML05", NOW, "secretariat");

    @Test
    void movesThroughEveryStepInOrder() {
        Accreditation file = candidate();

        file.markTrained(SESSION, NOW, "secretariat");
        file.signCodeOfConduct(NOW.plusSeconds(1), "secretariat");
        file.request(NOW.plusSeconds(2), "secretariat");
        file.accredit("AIGE-0001", VerificationCodes.next(), NOW.plusSeconds(3), "admin");

        assertEquals(AccreditationStep.ACCREDITED, file.getStep());
        assertEquals(SESSION, file.getTrainingSession());
        assertEquals(NOW, file.getTrainedAt());
        assertEquals(NOW.plusSeconds(1), file.getCodeSignedAt());
        assertEquals(NOW.plusSeconds(2), file.getRequestedAt());
        assertEquals(NOW.plusSeconds(3), file.getDecidedAt());
        assertEquals("AIGE-0001", file.getBadgeNumber());
        assertEquals("admin", file.getUpdatedBy());
    }

    @Test
    void rejectsRequestWithoutSignedCode() {
        Accreditation file = candidate();
        file.markTrained(SESSION, NOW, "secretariat");

        StepRejectedException rejected = assertThrows(StepRejectedException.class,
                () -> file.request(NOW, "secretariat"));

        assertEquals("accreditation.error.skipped", rejected.messageKey());
        assertArrayEquals(new Object[] {"100016", "Aminata Diarra", AccreditationStep.TRAINED,
                AccreditationStep.CODE_SIGNED, AccreditationStep.REQUESTED}, rejected.arguments());
        assertEquals(AccreditationStep.TRAINED, file.getStep());
        assertNull(file.getRequestedAt());
    }

    @Test
    void rejectsEverySkippedStep() {
        List<AccreditationStep> targets = List.of(AccreditationStep.CODE_SIGNED, AccreditationStep.REQUESTED,
                AccreditationStep.ACCREDITED, AccreditationStep.REFUSED);
        for (AccreditationStep target : targets) {
            Accreditation file = candidate();

            StepRejectedException rejected = assertThrows(StepRejectedException.class, () -> file.require(target));

            assertEquals("accreditation.error.skipped", rejected.messageKey(), target.name());
            assertEquals(AccreditationStep.CANDIDATE, rejected.arguments()[2], target.name());
            assertEquals(target.required().orElseThrow(), rejected.arguments()[3], target.name());
        }
    }

    @Test
    void rejectsStepTakenTwice() {
        Accreditation file = candidate();
        file.markTrained(SESSION, NOW, "secretariat");

        StepRejectedException rejected = assertThrows(StepRejectedException.class,
                () -> file.markTrained(SESSION, NOW, "secretariat"));

        assertEquals("accreditation.error.alreadyTaken", rejected.messageKey());
    }

    @Test
    void closesFileAfterRefusal() {
        Accreditation file = candidate();
        file.markTrained(SESSION, NOW, "secretariat");
        file.signCodeOfConduct(NOW, "secretariat");
        file.request(NOW, "secretariat");
        file.refuse("Pièce d'identité illisible", NOW, "secretariat");

        StepRejectedException rejected = assertThrows(StepRejectedException.class,
                () -> file.accredit("AIGE-0002", VerificationCodes.next(), NOW, "secretariat"));

        assertEquals("accreditation.error.closed", rejected.messageKey());
        assertEquals(AccreditationStep.REFUSED, file.getStep());
        assertEquals("Pièce d'identité illisible", file.getRefusalReason());
        assertNull(file.getBadgeNumber());
    }

    @Test
    void stepsRequireTheirPredecessor() {
        assertTrue(AccreditationStep.CANDIDATE.required().isEmpty());
        assertEquals(AccreditationStep.CODE_SIGNED, AccreditationStep.REQUESTED.required().orElseThrow());
        assertEquals(AccreditationStep.REQUESTED, AccreditationStep.REFUSED.required().orElseThrow());
        assertTrue(AccreditationStep.ACCREDITED.isFinal());
        assertFalse(AccreditationStep.REQUESTED.isFinal());
    }

    @Test
    void verificationCodesAreRandomAndWellFormed() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.next();
            assertTrue(VerificationCodes.isWellFormed(code), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
        assertFalse(VerificationCodes.isWellFormed("100016"));
        assertFalse(VerificationCodes.isWellFormed("O".repeat(VerificationCodes.LENGTH)));
        assertNotEquals(VerificationCodes.next(), VerificationCodes.next());
    }

    private static Accreditation candidate() {
        Observer observer = new Observer("100016", NOW);
        observer.apply(new ObserverDetails("100016", "Diarra", "Aminata", Sex.F, 1990, "AJCAD",
                ObserverCategory.SHORT_TERM, "ML050101", "fr", false, null, List.of("+22370000001"),
                ObserverStatus.ACTIVE, null), null, 1L, null, NOW);
        return new Accreditation(1, observer, NOW, "secretariat");
    }
}
