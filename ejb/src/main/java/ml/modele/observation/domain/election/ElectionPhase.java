package ml.modele.observation.domain.election;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Step of the electoral calendar, such as the revision of the lists or the campaign, with its dates. */
@Embeddable
public class ElectionPhase implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Maximum length of the name in characters: the size of its column. */
    public static final int NAME_MAX_LENGTH = 200;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected ElectionPhase() {
    }

    public ElectionPhase(String name, LocalDate startDate, LocalDate endDate) {
        this.name = Objects.requireNonNull(name, "name");
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.endDate = Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Phase " + name + " ends before it starts");
        }
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
