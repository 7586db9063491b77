package ml.modele.observation.interfaces.web.deployment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.DeploymentService;
import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.SampleFillOutcome;
import ml.modele.observation.application.SupervisorLink;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.deployment.Deployment;
import ml.modele.observation.domain.deployment.PlaceKind;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Deployment screen of an election. It shows one observer at a time with their current place,
 * supervision chain and history, and assigns, replaces from the reserve pool or withdraws them.
 * It also lists the reserve pool and runs the bulk action that deploys one OCT to each sampled
 * station of the sealed sample.
 */
@Named
@ViewScoped
public class DeploymentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeploymentService deployments;

    @EJB
    private ElectionService elections;

    @Inject
    private Messages messages;

    private List<Election> electionList;
    private Long electionId;
    private String observerCode;
    private Deployment current;
    private List<Deployment> history = List.of();
    private List<SupervisorLink> chain = List.of();
    private boolean found;
    private PlaceKind kind = PlaceKind.POLLING_STATION;
    private String placeCode;
    private String replacementCode;
    private String note;
    private SampleFillOutcome fillOutcome;

    @PostConstruct
    void init() {
        electionList = elections.list();
        electionId = electionList.isEmpty() ? null : electionList.get(0).getId();
    }

    /** Shows the observer whose code was typed. */
    public void show() {
        if (electionId == null || observerCode == null || observerCode.isBlank()) {
            current = null;
            history = List.of();
            chain = List.of();
            found = false;
            return;
        }
        String code = observerCode.strip();
        history = deployments.history(electionId, code);
        current = history.stream().filter(Deployment::isActive).findFirst().orElse(null);
        chain = deployments.supervisorChain(electionId, code);
        found = !history.isEmpty() || !chain.isEmpty() || deployments.isVisible(electionId, code);
        if (!found) {
            error(messages.get("observer.notFound", code));
        }
    }

    public void assign() {
        run(() -> {
            Deployment deployment = deployments.assign(electionId, observerCode, kind, placeCode);
            info(messages.get("deployment.done.assigned", deployment.getObserver().getCode(), place(deployment)));
        });
    }

    public void replace() {
        run(() -> {
            Deployment deployment = deployments.replace(electionId, observerCode, replacementCode, note);
            info(messages.get("deployment.done.replaced", observerCode.strip(), deployment.getObserver().getCode(),
                    place(deployment)));
        });
    }

    public void withdraw() {
        run(() -> {
            deployments.withdraw(electionId, observerCode, note);
            info(messages.get("deployment.done.withdrawn", observerCode.strip()));
        });
    }

    /** Deploys one OCT to each sampled station without an observer, and lists the stations left empty. */
    public void deploySampleFirst() {
        try {
            fillOutcome = deployments.deploySampleFirst(electionId);
            info(messages.get("deployment.sampleFirst.done", fillOutcome.sampledStations(),
                    fillOutcome.alreadyCovered(), fillOutcome.deployed().size(), fillOutcome.unfilled().size()));
        } catch (UserInputException e) {
            fillOutcome = null;
            error(messages.of(e));
        }
    }

    /** Returns the label of a deployment's place, e.g. "Bureau de vote ML04-0001-01". */
    public String place(Deployment deployment) {
        if (deployment == null) {
            return "";
        }
        String kindLabel = messages.get("deployment.kind." + deployment.getPlaceKind().name());
        return deployment.getPlaceCode() == null ? kindLabel : kindLabel + " " + deployment.getPlaceCode();
    }

    /** Returns the observers waiting in the reserve pool, who may replace an observer who drops out. */
    public List<Deployment> getReservePool() {
        return electionId == null ? List.of() : deployments.active(electionId, PlaceKind.RESERVE);
    }

    /** Tells whether the caller may change deployments. */
    public boolean isManager() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.ADMINISTRATOR) || context.isUserInRole(Role.Names.SECRETARIAT);
    }

    public List<PlaceKind> getKinds() {
        return Arrays.asList(PlaceKind.values());
    }

    private void run(Runnable change) {
        try {
            change.run();
            note = null;
            replacementCode = null;
        } catch (UserInputException e) {
            error(messages.of(e));
        }
        show();
    }

    private void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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

    public String getObserverCode() {
        return observerCode;
    }

    public void setObserverCode(String observerCode) {
        this.observerCode = observerCode;
    }

    public Deployment getCurrent() {
        return current;
    }

    public List<Deployment> getHistory() {
        return history;
    }

    /** Tells whether the typed code is an observer the caller may see. */
    public boolean isFound() {
        return found;
    }

    public List<SupervisorLink> getChain() {
        return chain;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public void setKind(PlaceKind kind) {
        this.kind = kind;
    }

    public String getPlaceCode() {
        return placeCode;
    }

    public void setPlaceCode(String placeCode) {
        this.placeCode = placeCode;
    }

    public String getReplacementCode() {
        return replacementCode;
    }

    public void setReplacementCode(String replacementCode) {
        this.replacementCode = replacementCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public SampleFillOutcome getFillOutcome() {
        return fillOutcome;
    }
}
