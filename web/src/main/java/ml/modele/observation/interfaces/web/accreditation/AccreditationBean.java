package ml.modele.observation.interfaces.web.accreditation;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.AccreditationException;
import ml.modele.observation.application.AccreditationFilter;
import ml.modele.observation.application.AccreditationMessages;
import ml.modele.observation.application.AccreditationRequest;
import ml.modele.observation.application.AccreditationRow;
import ml.modele.observation.application.AccreditationService;
import ml.modele.observation.application.BulkStepOutcome;
import ml.modele.observation.application.ElectionService;
import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.accreditation.TrainingLevel;
import ml.modele.observation.domain.accreditation.TrainingSession;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Accreditation list of an election: filters, a page of observers with their step, and a step
 * taken on the ticked observers or, with none ticked, on the whole filtered list. The observers
 * who could not move are listed with the reason.
 */
@Named
@ViewScoped
public class AccreditationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows shown at once; the filters narrow a longer list. */
    private static final int PAGE = 200;

    /** Date format of the new training session's field, as French users write dates. */
    private static final DateTimeFormatter SESSION_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Name of the row check boxes, plain HTML inputs posted with the form. */
    private static final String TICKED = "accreditation:selected";

    @EJB
    private AccreditationService accreditations;

    @EJB
    private ElectionService elections;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private Messages messages;

    private TrainingLevel sessionLevel = TrainingLevel.LOCAL;
    private String sessionDate;
    private String sessionPlace;
    private String sessionTrainer;
    private String sessionRegion;

    private List<Election> electionList;
    private Long electionId;
    private String name;
    private ObserverCategory category;
    private String region;
    private AccreditationStep stepFilter;
    private List<AccreditationRow> rows = List.of();
    private long total;
    private List<String> selected = new ArrayList<>();
    private AccreditationStep step;
    private Long sessionId;
    private String badge;
    private String reason;
    private List<String> rejections = List.of();

    @PostConstruct
    void init() {
        electionList = elections.list();
        electionId = electionList.isEmpty() ? null : electionList.get(0).getId();
        search();
    }

    /** Applies the filters. */
    public void search() {
        if (electionId == null) {
            return;
        }
        AccreditationFilter filter = filter();
        rows = accreditations.page(electionId, filter, 0, PAGE);
        total = accreditations.count(electionId, filter);
        selected = new ArrayList<>();
    }

    /** Takes the chosen step for the ticked observers, or for the whole filtered list when none is ticked. */
    public void apply() {
        FacesContext faces = FacesContext.getCurrentInstance();
        rejections = List.of();
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get(TICKED);
        selected = ticked == null ? new ArrayList<>() : Arrays.asList(ticked);
        try {
            List<String> codes = selected.isEmpty() ? accreditations.codes(electionId, filter()) : selected;
            BulkStepOutcome outcome;
            if (step == AccreditationStep.ACCREDITED) {
                if (codes.size() != 1) {
                    throw new AccreditationException("accreditation.error.oneBadgeAtATime");
                }
                outcome = accreditations.accreditAll(electionId, Map.of(codes.get(0),
                        badge == null ? "" : badge));
            } else {
                outcome = accreditations.takeAll(electionId, codes, new AccreditationRequest(step, sessionId, null,
                        reason));
            }
            rejections = outcome.rejected().stream()
                    .map(rejection -> AccreditationMessages.format(rejection.messageKey(), rejection.arguments(),
                            localeBean.getLocale()))
                    .toList();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, AccreditationMessages.format(
                    "accreditation.bulk.done", new Object[] {outcome.moved().size(), outcome.rejected().size()},
                    localeBean.getLocale()), null));
        } catch (AccreditationException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    AccreditationMessages.format(e, localeBean.getLocale()), null));
        }
        search();
    }

    /** Creates a training session of the election from the form's fields, so that observers can be marked trained. */
    public void createSession() {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalDate date;
        try {
            date = LocalDate.parse(sessionDate == null ? "" : sessionDate.strip(), SESSION_DATE);
        } catch (DateTimeParseException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("accreditation.session.badDate", sessionDate == null ? "" : sessionDate), null));
            return;
        }
        try {
            TrainingSession created = accreditations.createSession(electionId, sessionLevel, date, sessionPlace,
                    sessionTrainer, sessionRegion);
            sessionId = created.getId();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("accreditation.session.created", created.summary()), null));
            sessionDate = null;
            sessionPlace = null;
            sessionTrainer = null;
            sessionRegion = null;
        } catch (AccreditationException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    AccreditationMessages.format(e, localeBean.getLocale()), null));
        }
    }

    public List<TrainingLevel> getSessionLevels() {
        return List.of(TrainingLevel.values());
    }

    public TrainingLevel getSessionLevel() {
        return sessionLevel;
    }

    public void setSessionLevel(TrainingLevel sessionLevel) {
        this.sessionLevel = sessionLevel;
    }

    public String getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(String sessionDate) {
        this.sessionDate = sessionDate;
    }

    public String getSessionPlace() {
        return sessionPlace;
    }

    public void setSessionPlace(String sessionPlace) {
        this.sessionPlace = sessionPlace;
    }

    public String getSessionTrainer() {
        return sessionTrainer;
    }

    public void setSessionTrainer(String sessionTrainer) {
        this.sessionTrainer = sessionTrainer;
    }

    public String getSessionRegion() {
        return sessionRegion;
    }

    public void setSessionRegion(String sessionRegion) {
        this.sessionRegion = sessionRegion;
    }

    /** Tells whether the caller takes steps and produces the request to the AIGE. */
    public boolean isManager() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.ADMINISTRATOR) || context.isUserInRole(Role.Names.SECRETARIAT);
    }

    /** Returns the label of a step in the session's language. */
    /** Returns a training session as "Formation nationale du 10/05/2026, Bamako (trainer)" for the session list. */
    public String sessionLabel(TrainingSession session) {
        return messages.get("accreditation.session.label", messages.label("accreditation.session.level.",
                session.getLevel()), messages.date(session.getSessionDate()), session.getPlace(), session.getTrainer());
    }

    public String stepLabel(AccreditationStep value) {
        return AccreditationMessages.label(value, localeBean.getLocale());
    }

    public List<AccreditationStep> getSteps() {
        return Arrays.asList(AccreditationStep.values());
    }

    /** Returns the steps a user can take: every step but the first. */
    public List<AccreditationStep> getActions() {
        return Arrays.stream(AccreditationStep.values()).filter(value -> value != AccreditationStep.CANDIDATE)
                .toList();
    }

    public List<ObserverCategory> getCategories() {
        return Arrays.asList(ObserverCategory.values());
    }

    public List<TrainingSession> getSessions() {
        return electionId == null ? List.of() : accreditations.sessions(electionId);
    }

    private AccreditationFilter filter() {
        return new AccreditationFilter(name, category, region, null, stepFilter);
    }

    public List<Election> getElectionList() {
        return electionList;
    }

    public Long getElectionId() {
        return electionId;
    }

    public void setElectionId(Long electionId) {
        this.electionId = electionId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ObserverCategory getCategory() {
        return category;
    }

    public void setCategory(ObserverCategory category) {
        this.category = category;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public AccreditationStep getStepFilter() {
        return stepFilter;
    }

    public void setStepFilter(AccreditationStep stepFilter) {
        this.stepFilter = stepFilter;
    }

    public List<AccreditationRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected;
    }

    public AccreditationStep getStep() {
        return step;
    }

    public void setStep(AccreditationStep step) {
        this.step = step;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getBadge() {
        return badge;
    }

    public void setBadge(String badge) {
        this.badge = badge;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<String> getRejections() {
        return rejections;
    }
}
