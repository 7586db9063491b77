package ml.modele.observation.interfaces.web.observer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import ml.modele.observation.application.PhotoService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.observer.ObserverIdentity;
import ml.modele.observation.application.observer.ObserverWebService;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.submission.SubmissionAttachment;
import ml.modele.observation.interfaces.web.security.ObserverSessions;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/** The observer's home page: who and where they are, the forms to fill, and the photo of the result sheet. */
@Named("observerHome")
@RequestScoped
public class ObserverHomeBean {

    @EJB
    private ObserverWebService web;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBean locale;

    private ObserverIdentity observer;
    private String station = "";
    private List<FormDefinition> forms = List.of();
    private Part photo;

    @PostConstruct
    void load() {
        observer = ObserverSessions.current(request()).orElseThrow();
        try {
            station = web.station(observer);
            forms = web.forms();
        } catch (UserInputException e) {
            show(FacesMessage.SEVERITY_WARN, messages.of(e));
        }
    }

    /** Stores the chosen photo of the result sheet. */
    public void uploadPhoto() {
        if (photo == null || photo.getSize() == 0) {
            show(FacesMessage.SEVERITY_ERROR, messages.get("observerPhoto.error.none"));
            return;
        }
        String name = PhotoService.photoName(photo.getSubmittedFileName());
        if (photo.getSize() > PhotoService.MAX_BYTES) {
            // Rejected before reading, so that a huge file is never held in memory.
            show(FacesMessage.SEVERITY_ERROR, messages.get("photo.error.tooLarge", name,
                    Long.toString(photo.getSize() / 1024), Integer.toString(PhotoService.MAX_BYTES / 1024)));
            return;
        }
        try (InputStream content = photo.getInputStream()) {
            SubmissionAttachment stored = web.attachPhoto(observer, name, content.readAllBytes());
            show(FacesMessage.SEVERITY_INFO, messages.get("observerPhoto.stored", stored.getFileName(),
                    Long.toString(stored.getSizeBytes() / 1024), stored.getSha256().substring(0, 12)));
        } catch (UserInputException e) {
            show(FacesMessage.SEVERITY_ERROR, messages.of(e));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the photo sent by observer " + observer.code(), e);
        }
    }

    /** Ends the observer's session and returns to the login page. */
    public String logOut() {
        ObserverSessions.close(request());
        return "/observer/login.xhtml?faces-redirect=true";
    }

    /** Returns the form's title in the page's language. */
    public String title(FormDefinition form) {
        return "en".equals(locale.getLanguage()) ? form.titleEn() : form.titleFr();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static void show(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public ObserverIdentity getObserver() {
        return observer;
    }

    public String getStation() {
        return station;
    }

    public List<FormDefinition> getForms() {
        return forms;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
