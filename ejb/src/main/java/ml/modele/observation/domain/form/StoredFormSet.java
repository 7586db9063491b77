package ml.modele.observation.domain.form;

import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Form set of one election (jeu de formulaires), stored as the JSON file of {@link FormSetJson},
 * so that what the designer exports is exactly what the election uses.
 */
@Entity
@Table(name = "form_set")
@NamedQuery(name = StoredFormSet.OF_ELECTION, query = "SELECT f FROM StoredFormSet f WHERE f.electionId = :election")
public class StoredFormSet implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ELECTION = "StoredFormSet.ofElection";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private String definition;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected StoredFormSet() {
    }

    public StoredFormSet(long electionId, FormSet set, String user, Instant now) {
        this.electionId = electionId;
        replace(set, user, now);
    }

    /** Replaces the forms with a set that {@link FormSetValidator} accepted. */
    public void replace(FormSet set, String user, Instant now) {
        StringWriter json = new StringWriter();
        FormSetJson.write(set, json);
        this.name = set.name();
        this.definition = json.toString();
        this.updatedBy = user;
        this.updatedAt = now;
    }

    /** Reads the stored forms. */
    public FormSet formSet() {
        try {
            return FormSetJson.read(new StringReader(definition));
        } catch (FormSetImportException e) {
            // Only validated sets are stored, so this means the row was edited by hand.
            throw new IllegalStateException("stored form set of election " + electionId + " is invalid: "
                    + e.problems(), e);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
