package ml.modele.observation.interfaces.web.observers;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ml.modele.observation.application.MapDirectory;
import ml.modele.observation.application.ObserverCounts;
import ml.modele.observation.application.ObserverFilter;
import ml.modele.observation.application.ObserverRegistry;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.map.AdminUnitEntity;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.PartnerOrganisation;

/**
 * Observer list (registre des observateurs): filters, one page at a time from the database,
 * counts of the filtered list and its export.
 */
@Named
@ViewScoped
public class ObserverListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ObserverRegistry registry;

    @EJB
    private MapDirectory map;

    private String name;
    private String code;
    private String phone;
    private ObserverCategory category;
    private String organisation;
    private String region;
    private ObserverStatus status;

    private final Map<String, String> regionNames = new LinkedHashMap<>();
    private List<PartnerOrganisation> organisations;
    private ObserverCounts counts;
    private final LazyDataModel<Observer> model = new Page();

    @PostConstruct
    void init() {
        Long version = map.latestVersionId();
        if (version != null) {
            for (AdminUnitEntity unit : map.unitsAt(version, AdminLevel.REGION)) {
                regionNames.put(unit.getCode(), unit.getName());
            }
        }
        organisations = registry.organisations();
        search();
    }

    /** Applies the filters: the table goes back to its first page and the counts follow. */
    public void search() {
        counts = registry.counts(filter());
    }

    /** Returns the query string of the export for the current filters. */
    public String exportQuery(String format) {
        StringBuilder query = new StringBuilder("format=").append(format);
        append(query, "q", name);
        append(query, "code", code);
        append(query, "phone", phone);
        append(query, "category", category == null ? null : category.name());
        append(query, "organisation", organisation);
        append(query, "region", region);
        append(query, "status", status == null ? null : status.name());
        return query.toString();
    }

    public String regionName(String regionCode) {
        return regionNames.getOrDefault(regionCode, regionCode);
    }

    private ObserverFilter filter() {
        return new ObserverFilter(name, code, phone, category, organisation, region, status);
    }

    private static void append(StringBuilder query, String key, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(key).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    /** The rows of the table, counted and paged by the database. */
    private final class Page extends LazyDataModel<Observer> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.count(filter());
        }

        @Override
        public List<Observer> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            return registry.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Observer observer) {
            return observer.getCode();
        }
    }

    public LazyDataModel<Observer> getModel() {
        return model;
    }

    public ObserverCounts getCounts() {
        return counts;
    }

    public Map<String, String> getRegionNames() {
        return regionNames;
    }

    public List<PartnerOrganisation> getOrganisations() {
        return organisations;
    }

    public ObserverCategory[] getCategories() {
        return ObserverCategory.values();
    }

    public ObserverStatus[] getStatuses() {
        return ObserverStatus.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public ObserverCategory getCategory() {
        return category;
    }

    public void setCategory(ObserverCategory category) {
        this.category = category;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public ObserverStatus getStatus() {
        return status;
    }

    public void setStatus(ObserverStatus status) {
        this.status = status;
    }
}
