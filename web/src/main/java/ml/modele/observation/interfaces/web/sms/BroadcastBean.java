package ml.modele.observation.interfaces.web.sms;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.BroadcastFilter;
import ml.modele.observation.application.BroadcastPreview;
import ml.modele.observation.application.BroadcastSummary;
import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.SmsBroadcastService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * SMS broadcast screen: the filter, the text with its GSM-7 check and character and segment
 * count, the number of recipients before sending, and the latest broadcasts with how many of
 * their messages are still pending.
 */
@Named
@ViewScoped
public class BroadcastBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Broadcasts listed under the form. */
    private static final int RECENT = 20;

    @EJB
    private SmsBroadcastService broadcasts;

    @EJB
    private ElectionService elections;

    @Inject
    private Messages messages;

    private List<Election> electionList;
    private Long electionId;
    private ObserverCategory category;
    private String region;
    private String organisation;
    private AccreditationStep step;
    private boolean notAccredited;
    private String text;
    private BroadcastPreview preview;

    @PostConstruct
    void init() {
        electionList = elections.list();
        electionId = electionList.isEmpty() ? null : electionList.get(0).getId();
    }

    /** Counts the recipients and checks the text. */
    public void preview() {
        if (electionId == null) {
            return;
        }
        try {
            preview = broadcasts.preview(electionId, filter(), text);
        } catch (UserInputException e) {
            error(messages.of(e));
        }
    }

    /** Queues the message for every recipient of the filter. */
    public void send() {
        try {
            BroadcastSummary queued = broadcasts.queue(electionId, filter(), text);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("broadcast.done", queued.recipients(), queued.unverified(), queued.withoutPhone()),
                    null));
            text = null;
            preview = null;
        } catch (UserInputException e) {
            error(messages.of(e));
        }
    }

    public List<BroadcastSummary> getRecent() {
        return electionId == null ? List.of() : broadcasts.recent(electionId, RECENT);
    }

    /** Returns the stored filter summary of a broadcast in the screen's language. */
    public String filterLabel(BroadcastSummary broadcast) {
        return BroadcastFilterTexts.render(broadcast.filterSummary(), messages.texts());
    }

    public List<ObserverCategory> getCategories() {
        return Arrays.asList(ObserverCategory.values());
    }

    public List<AccreditationStep> getSteps() {
        return Arrays.asList(AccreditationStep.values());
    }

    private BroadcastFilter filter() {
        return new BroadcastFilter(category, region, organisation, step, notAccredited);
    }

    private void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message,
                null));
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public AccreditationStep getStep() {
        return step;
    }

    public void setStep(AccreditationStep step) {
        this.step = step;
    }

    public boolean isNotAccredited() {
        return notAccredited;
    }

    public void setNotAccredited(boolean notAccredited) {
        this.notAccredited = notAccredited;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BroadcastPreview getPreview() {
        return preview;
    }
}
