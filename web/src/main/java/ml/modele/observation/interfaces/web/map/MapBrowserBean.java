package ml.modele.observation.interfaces.web.map;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.MapDirectory;
import ml.modele.observation.application.MapSummary;
import ml.modele.observation.application.RegionTotal;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.SecurityStatus;
import ml.modele.observation.domain.map.AdminUnitEntity;
import ml.modele.observation.domain.map.MapVersion;
import ml.modele.observation.domain.map.PollingStationEntity;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Map browser (carte électorale): counts per level, registered voters per région, units of one
 * level, accent-insensitive search by name or code, and the stations of a commune with their
 * security status.
 */
@Named
@ViewScoped
public class MapBrowserBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MapDirectory directory;

    @Inject
    private Messages messages;

    private Long versionId;
    private String query;
    private AdminLevel level = AdminLevel.REGION;
    private Long parentId;

    private MapSummary summary;
    private List<RegionTotal> regionTotals;
    private List<AdminUnitEntity> units;
    private List<AdminUnitEntity> foundUnits;
    private List<PollingStationEntity> foundStations;
    private AdminUnitEntity commune;
    private List<PollingStationEntity> stations;
    private final Map<Long, String> statusEdits = new HashMap<>();

    /** View action: picks the newest map and runs the search given in the address, if any. */
    public void load() {
        if (versionId == null) {
            versionId = directory.latestVersionId();
        }
        if (query != null && !query.isBlank()) {
            search();
        }
    }

    public void search() {
        if (versionId == null) {
            return;
        }
        foundUnits = directory.searchUnits(versionId, query);
        foundStations = directory.searchStations(versionId, query);
    }

    /** Shows the units of a level. */
    public void showLevel() {
        parentId = null;
        units = null;
    }

    /** Shows the units directly below a unit, or its stations for a commune. */
    public void open(AdminUnitEntity unit) {
        if (unit.getLevel() == AdminLevel.COMMUNE) {
            commune = unit;
            loadStations();
            return;
        }
        level = AdminLevel.ofNumber(unit.getLevel().number() + 1).orElseThrow();
        parentId = unit.getId();
        units = directory.children(unit.getId());
    }

    public void saveStatus(PollingStationEntity station) {
        try {
            SecurityStatus status = SecurityStatus.valueOf(statusEdits.get(station.getId()));
            directory.changeSecurityStatus(station.getId(), status, station.getVersion());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("map.status.saved", station.getCode(), messages.get("security." + status.name())),
                    null));
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        } catch (EJBAccessException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("map.status.denied"), null));
        }
        loadStations();
    }

    /** Tells whether the caller may change security statuses. */
    public boolean isStatusEditor() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().isUserInRole(Role.Names.ADMINISTRATOR)
                || context.getExternalContext().isUserInRole(Role.Names.MISSION_CHIEF)
                || context.getExternalContext().isUserInRole(Role.Names.TECHNICAL_COORDINATOR);
    }

    private void loadStations() {
        stations = directory.stationsOfCommune(commune.getId());
        statusEdits.clear();
        stations.forEach(station -> statusEdits.put(station.getId(), station.getSecurityStatus().name()));
    }

    public List<MapVersion> getVersions() {
        return directory.versions();
    }

    public MapSummary getSummary() {
        if (summary == null && versionId != null) {
            summary = directory.summary(versionId);
        }
        return summary;
    }

    public List<RegionTotal> getRegionTotals() {
        if (regionTotals == null && versionId != null) {
            regionTotals = directory.totalsByRegion(versionId);
        }
        return regionTotals;
    }

    public List<AdminUnitEntity> getUnits() {
        if (units == null && versionId != null) {
            units = directory.unitsAt(versionId, level);
        }
        return units;
    }

    public String levelLabel(AdminLevel unitLevel) {
        return messages.get("map.level." + unitLevel.name());
    }

    public String areaLabel(PollingStationEntity station) {
        return messages.get("map.area." + station.getArea().name());
    }

    public SecurityStatus[] getSecurityStatuses() {
        return SecurityStatus.values();
    }

    public AdminLevel[] getLevels() {
        return AdminLevel.values();
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        if (versionId != null && !versionId.equals(this.versionId)) {
            summary = null;
            regionTotals = null;
            units = null;
            foundUnits = null;
            foundStations = null;
            commune = null;
            stations = null;
        }
        this.versionId = versionId;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public AdminLevel getLevel() {
        return level;
    }

    public void setLevel(AdminLevel level) {
        this.level = level;
    }

    public Long getParentId() {
        return parentId;
    }

    public List<AdminUnitEntity> getFoundUnits() {
        return foundUnits;
    }

    public List<PollingStationEntity> getFoundStations() {
        return foundStations;
    }

    public AdminUnitEntity getCommune() {
        return commune;
    }

    public List<PollingStationEntity> getStations() {
        return stations;
    }

    public Map<Long, String> getStatusEdits() {
        return statusEdits;
    }
}
