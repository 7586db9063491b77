package ml.modele.observation.interfaces.web.verification;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.CallListLine;
import ml.modele.observation.application.CurrentElection;
import ml.modele.observation.application.FollowUpService;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.followup.CallOutcome;
import ml.modele.observation.domain.followup.ReportDeadline;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Missing reports of the ongoing election: the deadline of each form, the call list of the form
 * chosen with the {@code form} request parameter, and the record of a call to the observer chosen
 * with the {@code observer} parameter.
 */
@Named("callList")
@ViewScoped
public class CallListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FollowUpService followUp;

    @EJB
    private FormSetService formSets;

    @EJB
    private CurrentElection currentElection;

    @Inject
    private Messages messages;

    private Long electionId;
    private String electionName;
    private List<String> formCodes = List.of();
    private String deadlineForm;
    private String deadlineTime;
    private String form;
    private String observer;
    private CallOutcome outcome;
    private String note;
    private boolean escalate;

    @PostConstruct
    void load() {
        currentElection.find().ifPresent(election -> {
            electionId = election.getId();
            electionName = election.getName();
            formCodes = formSets.of(electionId).formSet().forms().stream().map(FormDefinition::code).toList();
        });
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        form = parameters.get("form");
        observer = parameters.get("observer");
    }

    public List<ReportDeadline> getDeadlines() {
        return electionId == null ? List.of() : followUp.deadlines(electionId);
    }

    public List<CallListLine> getLines() {
        return electionId == null || form == null ? List.of() : followUp.callList(electionId, form);
    }

    public void saveDeadline() {
        act(() -> followUp.setDeadline(electionId, deadlineForm, deadlineTime), "followUp.deadlineSaved",
                deadlineForm);
    }

    public void recordCall() {
        act(() -> followUp.recordCall(electionId, observer, form, outcome, note, escalate), "followUp.callRecorded",
                observer);
        note = null;
        escalate = false;
    }

    private void act(Runnable action, String doneKey, String subject) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(doneKey, subject), null));
        } catch (UserInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    public boolean isElectionOngoing() {
        return electionId != null;
    }

    public String getElectionName() {
        return electionName;
    }

    public List<String> getFormCodes() {
        return formCodes;
    }

    public CallOutcome[] getOutcomes() {
        return CallOutcome.values();
    }

    public String getDeadlineForm() {
        return deadlineForm;
    }

    public void setDeadlineForm(String deadlineForm) {
        this.deadlineForm = deadlineForm;
    }

    public String getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(String deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public String getForm() {
        return form;
    }

    public String getObserver() {
        return observer;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CallOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isEscalate() {
        return escalate;
    }

    public void setEscalate(boolean escalate) {
        this.escalate = escalate;
    }
}
