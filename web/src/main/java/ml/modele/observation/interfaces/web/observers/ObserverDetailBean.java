package ml.modele.observation.interfaces.web.observers;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.ObserverRegistry;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverChange;
import ml.modele.observation.interfaces.web.shell.Messages;

/** Detail page of one observer, with the history of the changes made by imports and edits. */
@Named
@ViewScoped
public class ObserverDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ObserverRegistry registry;

    @Inject
    private Messages messages;

    private String code;
    private Observer observer;
    private List<ObserverChange> history;
    private String nationalId;
    private boolean manager;

    /** Loads the observer named by the {@code code} view parameter. */
    public void load() {
        observer = code == null ? null : registry.find(code).orElse(null);
        if (observer == null) {
            return;
        }
        history = registry.history(code);
        manager = registry.callerSeesNationalIds();
        nationalId = manager ? registry.nationalIdOf(code).orElse(null) : null;
    }

    /** Marks a phone number as verified or not. */
    public void markVerified(String number, boolean verified) {
        try {
            registry.markPhoneVerified(code, number, verified);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(verified ? "observer.phone.verifiedSaved" : "observer.phone.unverifiedSaved", number),
                    null));
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
        load();
    }

    /** Returns the details of a history entry in the screen's language. */
    public String details(ObserverChange change) {
        return ObserverChangeTexts.details(change.getDetails(), messages.texts());
    }

    /** Returns where a history entry comes from: the imported file, or the observer's screen. */
    public String source(ObserverChange change) {
        return ObserverChangeTexts.source(change.getSource(), messages.texts());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Observer getObserver() {
        return observer;
    }

    public List<ObserverChange> getHistory() {
        return history;
    }

    public String getNationalId() {
        return nationalId;
    }

    public boolean isManager() {
        return manager;
    }
}
