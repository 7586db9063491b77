package ml.modele.observation.interfaces.web.situation;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.incident.IncidentCategories;
import ml.modele.observation.application.incident.IncidentRow;
import ml.modele.observation.application.incident.IncidentService;
import ml.modele.observation.application.incident.IncidentStatus;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/** Situation room (salle de situation): incidents listed live, with their review status. */
@Named("situationRoom")
@ViewScoped
public class SituationRoomBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private IncidentService incidents;

    @EJB
    private ElectionService elections;

    @EJB
    private FormSetService formSets;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBean localeBean;

    private Long electionId;
    /** Région as typed in the filter: a P-code or a name. */
    private String regionInput;
    /** P-code of the région the list is filtered on, or null for all. */
    private String region;
    private String category;
    private transient List<IncidentRow> rows;

    /** Chooses the latest election when none is given. */
    public void load() {
        if (electionId == null) {
            List<Election> list = elections.list();
            if (!list.isEmpty()) {
                electionId = list.get(0).getId();
            }
        }
    }

    /** Returns the incidents, read again at each request (the page polls every 2 s). */
    public List<IncidentRow> getRows() {
        if (rows == null && electionId != null) {
            rows = incidents.list(electionId, region, category);
        }
        return rows == null ? List.of() : rows;
    }

    /** Sets the status of an incident. */
    public void changeStatus(long submissionId, String status) {
        try {
            incidents.changeStatus(submissionId, IncidentStatus.valueOf(status));
            rows = null;
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    /**
     * Filters the list on the région typed, by its P-code or its name whatever the case or accents.
     * An unknown région gets a message naming it, and the list keeps its previous filter.
     */
    public void applyRegion() {
        try {
            region = incidents.regionCode(electionId, regionInput);
            rows = null;
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    /** Drops the cached rows so that the next rendering reads them again. */
    public void refresh() {
        rows = null;
    }

    /** Returns the labels of an incident's categories, in the user's language. */
    public String categoryLabels(IncidentRow row) {
        Optional<Question> question = IncidentCategories.categoryQuestion(formSets.of(electionId).formSet());
        boolean french = "fr".equals(localeBean.getLocale().getLanguage());
        return String.join(", ", row.categories().stream().map(code -> question.flatMap(q -> q.choice(code))
                .map(choice -> french ? choice.labelFr() : choice.labelEn()).orElse(code)).toList());
    }

    /** Returns the choices of the category question, for the filter. */
    public List<Choice> getCategories() {
        if (electionId == null) {
            return List.of();
        }
        return IncidentCategories.categoryQuestion(formSets.of(electionId).formSet()).map(Question::choices)
                .orElse(List.of());
    }

    public String statusLabel(IncidentStatus status) {
        return messages.get("incident.status." + status.name());
    }

    public IncidentStatus[] getStatuses() {
        return IncidentStatus.values();
    }

    /** Tells whether the caller changes statuses. */
    public boolean isReviewer() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.EVA_DATA_MANAGER) || context.isUserInRole(Role.Names.ANALYST)
                || context.isUserInRole(Role.Names.ADMINISTRATOR);
    }

    public List<Election> getElections() {
        return elections.list();
    }

    public Long getElectionId() {
        return electionId;
    }

    public void setElectionId(Long electionId) {
        this.electionId = electionId;
    }

    public String getRegionInput() {
        return regionInput;
    }

    public void setRegionInput(String regionInput) {
        this.regionInput = regionInput;
    }

    /** Returns the P-code of the région the list is filtered on, or null when it shows every région. */
    public String getRegion() {
        return region;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
