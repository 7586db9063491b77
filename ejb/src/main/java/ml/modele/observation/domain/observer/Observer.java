package ml.modele.observation.domain.observer;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ml.modele.observation.domain.geography.SearchKeys;

/**
 * Observer of the mission (observateur): a national supervisor, regional coordinator, long-term
 * observer (OLT) or short-term observer (OCT), recruited by a partner organisation. The observer
 * code identifies them in SMS; phone numbers and the national ID number are unique in the registry.
 */
@Entity
@Table(name = "observer")
@NamedQuery(name = Observer.BY_CODE, query = "SELECT o FROM Observer o WHERE o.code = :code")
@NamedQuery(name = Observer.COUNT, query = "SELECT COUNT(o) FROM Observer o")
@NamedQuery(name = Observer.ALL_WITH_PHONES, query = "SELECT DISTINCT o FROM Observer o"
        + " LEFT JOIN FETCH o.phones LEFT JOIN FETCH o.supervisor")
public class Observer implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_CODE = "Observer.byCode";
    public static final String COUNT = "Observer.count";
    public static final String ALL_WITH_PHONES = "Observer.allWithPhones";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 6)
    private String code;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "search_key", nullable = false, length = 210)
    private String searchKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private PartnerOrganisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ObserverCategory category;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Column(name = "commune_code", nullable = false, length = 16)
    private String communeCode;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(nullable = false, length = 200)
    private String languages;

    @Column(nullable = false)
    private boolean disability;

    @Column(name = "national_id", length = 32)
    private String nationalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ObserverStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Observer supervisor;

    @OneToMany(mappedBy = "observer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ObserverPhone> phones = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Observer() {
    }

    /** Creates an observer with a code already assigned; call {@link #apply} to set its values. */
    public Observer(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
    }

    /**
     * Sets every value from validated details, keeping the verified flag of the numbers that stay.
     * The region is the first 4 characters of the commune P-code (ML04 for ML040626).
     */
    public void apply(ObserverDetails details, PartnerOrganisation newOrganisation, long newCommuneId,
                      Observer newSupervisor, Instant now) {
        this.lastName = details.lastName();
        this.firstName = details.firstName();
        this.searchKey = SearchKeys.fold(details.lastName() + " " + details.firstName());
        this.sex = details.sex();
        this.birthYear = details.birthYear();
        this.organisation = newOrganisation;
        this.category = details.category();
        this.communeId = newCommuneId;
        this.communeCode = details.communeCode();
        this.regionCode = details.communeCode().substring(0, Math.min(4, details.communeCode().length()));
        this.languages = details.languages();
        this.disability = details.disability();
        this.nationalId = details.nationalId();
        this.status = details.status();
        this.supervisor = newSupervisor;
        replacePhones(details.phones());
        this.updatedAt = now;
    }

    /** Returns the current values in the form the import compares. */
    public ObserverDetails details() {
        return new ObserverDetails(code, lastName, firstName, sex, birthYear, organisation.getCode(), category,
                communeCode, languages, disability, nationalId, getPhoneNumbers(), status,
                supervisor == null ? null : supervisor.getCode());
    }

    private void replacePhones(List<String> numbers) {
        Map<String, ObserverPhone> kept = phones.stream()
                .collect(Collectors.toMap(ObserverPhone::getNumber, Function.identity()));
        phones.removeIf(phone -> !numbers.contains(phone.getNumber()));
        for (int i = 0; i < numbers.size(); i++) {
            ObserverPhone phone = kept.get(numbers.get(i));
            if (phone == null) {
                phones.add(new ObserverPhone(this, numbers.get(i), i));
            } else {
                phone.moveTo(i);
            }
        }
        phones.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public Sex getSex() {
        return sex;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public PartnerOrganisation getOrganisation() {
        return organisation;
    }

    public ObserverCategory getCategory() {
        return category;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getLanguages() {
        return languages;
    }

    public boolean isDisability() {
        return disability;
    }

    /** Returns the national ID number; only administrators and the secretariat may be shown it. */
    public String getNationalId() {
        return nationalId;
    }

    public ObserverStatus getStatus() {
        return status;
    }

    public Observer getSupervisor() {
        return supervisor;
    }

    public List<ObserverPhone> getPhones() {
        return phones;
    }

    /** Returns the E.164 numbers, main number first. */
    public List<String> getPhoneNumbers() {
        return phones.stream().map(ObserverPhone::getNumber).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
