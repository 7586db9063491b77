package ml.modele.observation.domain.observer;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Partner organisation of the coalition that recruits observers. The five organisations are
 * reference data loaded by the schema migration.
 */
@Entity
@Table(name = "partner_organisation")
@NamedQuery(name = PartnerOrganisation.ALL, query = "SELECT o FROM PartnerOrganisation o ORDER BY o.code")
public class PartnerOrganisation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "PartnerOrganisation.all";

    @Id
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    protected PartnerOrganisation() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
