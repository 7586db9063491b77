package ml.modele.observation.domain.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Analysts' notes (notes d'analyse) of one period, printed at the head of the weekly report of
 * the citizen watch cell.
 */
@Entity
@Table(name = "weekly_note")
@NamedQuery(name = WeeklyNote.OF_PERIOD, query = "SELECT n FROM WeeklyNote n WHERE n.electionId = :election"
        + " AND n.periodStart = :start AND n.periodEnd = :end")
public class WeeklyNote implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_PERIOD = "WeeklyNote.ofPeriod";

    /** Longest note, in characters: about twenty typed pages. */
    public static final int MAX_CHARS = 50_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected WeeklyNote() {
    }

    public WeeklyNote(long electionId, ReportPeriod period, String text, String user, Instant now) {
        this.electionId = electionId;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        replace(text, user, now);
    }

    /** Replaces the text of the note. */
    public void replace(String newText, String user, Instant now) {
        this.text = newText;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public String getText() {
        return text;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
