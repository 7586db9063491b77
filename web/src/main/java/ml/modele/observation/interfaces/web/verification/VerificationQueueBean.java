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

import ml.modele.observation.application.CurrentElection;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.PhotoService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.VerificationService;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.submission.Submission;
import ml.modele.observation.domain.submission.SubmissionAttachment;
import ml.modele.observation.domain.submission.VerificationItem;
import ml.modele.observation.domain.submission.VerificationKind;
import ml.modele.observation.domain.submission.VerificationStatus;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * The EVA's verification queue of the ongoing election: the items of one status, and the
 * decision form of the item chosen with the {@code item} request parameter.
 */
@Named("verificationQueue")
@ViewScoped
public class VerificationQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private VerificationService verification;

    @EJB
    private CurrentElection currentElection;

    @EJB
    private PhotoService photos;

    @EJB
    private FormSetService formSets;

    @Inject
    private Messages messages;

    private Long electionId;
    private String electionName;
    private VerificationStatus status = VerificationStatus.OPEN;
    private Long itemId;
    private String values;
    private String reason;
    private String photoFigures;
    private transient VerificationItem loaded;

    @PostConstruct
    void load() {
        currentElection.find().ifPresent(this::choose);
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("item");
        if (requested != null && requested.matches("[0-9]{1,18}")) {
            itemId = Long.valueOf(requested);
        }
    }

    public List<VerificationItem> getItems() {
        return electionId == null ? List.of() : verification.queue(electionId, status);
    }

    public Map<VerificationKind, Long> getOpenCounts() {
        return electionId == null ? Map.of() : verification.openCounts(electionId);
    }

    public VerificationItem getItem() {
        if (itemId == null) {
            return null;
        }
        if (loaded == null) {
            try {
                loaded = verification.item(itemId);
            } catch (UserInputException e) {
                return null;
            }
        }
        return loaded;
    }

    /** Returns the stored answers of a submission, one "A (Heure d'arrivée) : 7" line each. */
    public List<String> answerLines(Submission submission) {
        if (submission == null) {
            return List.of();
        }
        return VerificationTexts.answerLines(formSets.of(submission.getElectionId()).formSet()
                .form(submission.getFormCode()), submission.values(), messages.texts());
    }

    /** Returns the reason of a decision in the screen's language when the platform wrote it. */
    public String reason(VerificationItem item) {
        return item == null ? "" : VerificationTexts.reason(item.getReason(), messages.texts());
    }

    public boolean allows(VerificationItem item, String decision) {
        return item != null && item.getStatus() == VerificationStatus.OPEN
                && item.getKind().allows(VerificationStatus.Decision.valueOf(decision));
    }

    /** Returns the photos of the item's result sheet, oldest first; empty for other forms. */
    public List<SubmissionAttachment> getPhotos() {
        VerificationItem item = getItem();
        if (item == null || item.getSubmission().getFormKind() != FormKind.RESULTS) {
            return List.of();
        }
        return photos.photos(item.getSubmission().getId());
    }

    /** Compares the figures the EVA read on the photo with the stored ones. */
    public void comparePhoto() {
        FacesContext faces = FacesContext.getCurrentInstance();
        VerificationItem item = getItem();
        loaded = null;
        if (item == null) {
            return;
        }
        try {
            List<String> differences = photos.compareWithPhoto(item.getSubmission().getId(), photoFigures);
            String text = differences.isEmpty() ? messages.get("verification.photo.same")
                    : messages.get("verification.photo.differences", String.join(", ", differences));
            faces.addMessage(null, new FacesMessage(differences.isEmpty() ? FacesMessage.SEVERITY_INFO
                    : FacesMessage.SEVERITY_WARN, text, null));
            photoFigures = null;
        } catch (UserInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    public void accept() {
        decide(() -> verification.accept(itemId, reason), "verification.accepted");
    }

    public void correct() {
        decide(() -> verification.correct(itemId, values, reason), "verification.corrected");
    }

    public void reject() {
        decide(() -> verification.reject(itemId, reason), "verification.rejected");
    }

    private void decide(Runnable action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        loaded = null;
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(doneKey, Long.toString(itemId)), null));
            values = null;
            reason = null;
        } catch (UserInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
        loaded = null;
    }

    private void choose(Election election) {
        electionId = election.getId();
        electionName = election.getName();
    }

    public String getElectionName() {
        return electionName;
    }

    public boolean isElectionOngoing() {
        return electionId != null;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public void setStatus(VerificationStatus status) {
        this.status = status == null ? VerificationStatus.OPEN : status;
    }

    public VerificationStatus[] getStatuses() {
        return VerificationStatus.values();
    }

    public Long getItemId() {
        return itemId;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }

    public String getPhotoFigures() {
        return photoFigures;
    }

    public void setPhotoFigures(String photoFigures) {
        this.photoFigures = photoFigures;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
