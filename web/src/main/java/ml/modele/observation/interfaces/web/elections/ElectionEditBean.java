package ml.modele.observation.interfaces.web.elections;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.ElectionDraft;
import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.MapDirectory;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.election.ElectionPhase;
import ml.modele.observation.domain.election.ElectionStatus;
import ml.modele.observation.domain.election.ElectionType;
import ml.modele.observation.domain.map.MapVersion;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Creation and editing of one election with its ballot options and calendar. Without an id the
 * form starts as a referendum with the options OUI and NON. A closed election is shown read-only.
 * Saving with the status "closed" first shows a confirmation dialog, because closing cannot be undone.
 */
@Named
@ViewScoped
public class ElectionEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ElectionService elections;

    @EJB
    private MapDirectory directory;

    @Inject
    private Messages messages;

    private Long id;
    private long version;
    private String name;
    private ElectionType type = ElectionType.REFERENDUM;
    private LocalDate date;
    private Long mapVersionId;
    private ElectionStatus status = ElectionStatus.PREPARATION;
    /** Status as stored, or PREPARATION for a new election: a cancelled closing returns to it. */
    private ElectionStatus storedStatus = ElectionStatus.PREPARATION;
    private boolean closed;
    /** True while the dialog that confirms the closing is shown. */
    private boolean closing;
    private boolean closeConfirmed;
    private List<OptionRow> options = new ArrayList<>();
    private List<PhaseRow> phases = new ArrayList<>();
    private boolean loaded;

    /** View action: loads the election of the address, or prepares a new one. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            mapVersionId = directory.latestVersionId();
            options.add(new OptionRow("OUI", messages.get("election.defaultOption.OUI")));
            options.add(new OptionRow("NON", messages.get("election.defaultOption.NON")));
            return;
        }
        try {
            fill(elections.find(id));
        } catch (UserInputException e) {
            error(messages.of(e));
            id = null;
        }
    }

    /** Saves the form, or first shows the confirmation dialog when the form closes the election. */
    public String save() {
        if (status == ElectionStatus.CLOSED && !closeConfirmed) {
            closing = true;
            return null;
        }
        ElectionDraft draft = new ElectionDraft(name, type, date, mapVersionId, status,
                options.stream().map(row -> new ElectionDraft.OptionLine(row.getCode(), row.getLabel())).toList(),
                phases.stream().map(row -> new ElectionDraft.PhaseLine(row.getName(), row.getStart(), row.getEnd()))
                        .toList());
        try {
            Election saved = id == null ? elections.create(draft) : elections.update(id, draft, version);
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("election.saved", saved.getName()), null));
            return "/elections/edit.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (UserInputException e) {
            error(messages.of(e));
        } catch (EJBAccessException e) {
            error(messages.get("election.error.denied"));
        }
        return null;
    }

    /** Saves the form after the user confirmed that the election is to be closed. */
    public String confirmClose() {
        closing = false;
        closeConfirmed = true;
        try {
            return save();
        } finally {
            closeConfirmed = false;
        }
    }

    /** Closes the confirmation dialog and puts the status back as stored. */
    public void cancelClose() {
        closing = false;
        status = storedStatus;
    }

    /**
     * Returns the label that names a phase's start or end date in an error message, such as
     * "Étape n° 2 « Campagne », début". The name is the one last saved or shown, because the
     * typed name reaches the model only after every field converted.
     */
    public String phaseDateField(int row, PhaseRow phase, boolean start) {
        String name = phase.getName() == null ? "" : phase.getName().trim();
        String key = "election.phase." + (start ? "start" : "end") + "Field" + (name.isEmpty() ? "" : "Named");
        return messages.get(key, row + 1, name);
    }

    public void addOption() {
        options.add(new OptionRow("", ""));
    }

    public void removeOption(OptionRow row) {
        options.remove(row);
    }

    public void addPhase() {
        phases.add(new PhaseRow("", date, date));
    }

    public void removePhase(PhaseRow row) {
        phases.remove(row);
    }

    /** Tells whether the form is read-only: a closed election, or a caller who may not edit. */
    public boolean isReadOnly() {
        return closed || !isEditor();
    }

    public boolean isEditor() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.ADMINISTRATOR) || external.isUserInRole(Role.Names.MISSION_CHIEF)
                || external.isUserInRole(Role.Names.TECHNICAL_COORDINATOR);
    }

    private void fill(Election election) {
        version = election.getVersion();
        name = election.getName();
        type = election.getType();
        date = election.getElectionDate();
        mapVersionId = election.getMapVersionId();
        status = election.getStatus();
        storedStatus = election.getStatus();
        closed = election.isClosed();
        options = new ArrayList<>();
        for (BallotOption option : election.getOptions()) {
            options.add(new OptionRow(option.getCode(), option.getLabel()));
        }
        phases = new ArrayList<>();
        for (ElectionPhase phase : election.getPhases()) {
            phases.add(new PhaseRow(phase.getName(), phase.getStartDate(), phase.getEndDate()));
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<MapVersion> getMapVersions() {
        return directory.versions();
    }

    public ElectionType[] getTypes() {
        return ElectionType.values();
    }

    public ElectionStatus[] getStatuses() {
        return ElectionStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ElectionType getType() {
        return type;
    }

    public void setType(ElectionType type) {
        this.type = type;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getMapVersionId() {
        return mapVersionId;
    }

    public void setMapVersionId(Long mapVersionId) {
        this.mapVersionId = mapVersionId;
    }

    public ElectionStatus getStatus() {
        return status;
    }

    public void setStatus(ElectionStatus status) {
        this.status = status;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isClosing() {
        return closing;
    }

    public List<OptionRow> getOptions() {
        return options;
    }

    public List<PhaseRow> getPhases() {
        return phases;
    }

    /** Editable line of a ballot option. */
    public static final class OptionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String label;

        OptionRow(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    /** Editable line of the calendar. */
    public static final class PhaseRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private LocalDate start;
        private LocalDate end;

        PhaseRow(String name, LocalDate start, LocalDate end) {
            this.name = name;
            this.start = start;
            this.end = end;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getEnd() {
            return end;
        }

        public void setEnd(LocalDate end) {
            this.end = end;
        }
    }
}
