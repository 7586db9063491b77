package ml.modele.observation.application;

import java.time.LocalDate;
import java.util.List;

import ml.modele.observation.domain.election.ElectionStatus;
import ml.modele.observation.domain.election.ElectionType;

/**
 * An election as a user filled in the form, before the checks of {@link ElectionService}.
 * Fields may be null or blank; the service names what is missing.
 */
public record ElectionDraft(String name, ElectionType type, LocalDate date, Long mapVersionId,
                            ElectionStatus status, List<OptionLine> options, List<PhaseLine> phases) {

    public ElectionDraft {
        options = options == null ? List.of() : List.copyOf(options);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** A ballot option line of the form. */
    public record OptionLine(String code, String label) {
    }

    /** A calendar line of the form. */
    public record PhaseLine(String name, LocalDate start, LocalDate end) {
    }
}
