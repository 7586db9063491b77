package ml.modele.observation.interfaces.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.OwnAccount;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.interfaces.web.shell.Messages;

/** Password change page of the logged-in user (changer de mot de passe). */
@Named
@RequestScoped
public class PasswordBean {

    @EJB
    private OwnAccount account;

    @Inject
    private Messages messages;

    private String current;
    private String replacement;
    private String confirmation;

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            account.changePassword(current, replacement, confirmation);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("account.password.changed"), null));
        } catch (UserInputException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
