package ml.modele.observation.interfaces.web.observer;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.observer.ObserverLoginOutcome;
import ml.modele.observation.application.observer.ObserverPinService;
import ml.modele.observation.domain.observer.PinPolicy;
import ml.modele.observation.interfaces.web.security.ObserverSessions;
import ml.modele.observation.interfaces.web.shell.Messages;

/** The observers' login page: ask for a PIN by SMS with the observer code, then log in with both. */
@Named("observerLogin")
@RequestScoped
public class ObserverLoginBean {

    @EJB
    private ObserverPinService pins;

    @Inject
    private Messages messages;

    private String code;
    private String pin;

    public void requestPin() {
        try {
            List<String> phones = pins.requestPin(code);
            show(FacesMessage.SEVERITY_INFO, messages.get("observerLogin.pinSent", String.join(", ", phones),
                    PinPolicy.VALIDITY.toMinutes()));
        } catch (UserInputException e) {
            show(FacesMessage.SEVERITY_ERROR, messages.of(e));
        }
    }

    public String logIn() {
        ObserverLoginOutcome outcome;
        try {
            outcome = pins.login(code, pin);
        } catch (UserInputException e) {
            show(FacesMessage.SEVERITY_ERROR, messages.of(e));
            return null;
        }
        if (!outcome.succeeded()) {
            show(FacesMessage.SEVERITY_ERROR, messages.get(outcome.messageKey(), outcome.arguments().toArray()));
            pin = null;
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        ObserverSessions.open(request, outcome.identity().get());
        return "/observer/index.xhtml?faces-redirect=true";
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }
}
