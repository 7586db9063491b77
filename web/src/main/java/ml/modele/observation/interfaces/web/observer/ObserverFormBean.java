package ml.modele.observation.interfaces.web.observer;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.observer.AnswerProblem;
import ml.modele.observation.application.observer.ObserverIdentity;
import ml.modele.observation.application.observer.ObserverWebService;
import ml.modele.observation.application.observer.WebSubmissionOutcome;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.interfaces.web.security.ObserverSessions;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * One form of the observer's web channel, chosen with the {@code form} request parameter: its
 * questions as plain inputs, and the answers sent through {@link ObserverWebService}.
 */
@Named("observerForm")
@ViewScoped
public class ObserverFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ObserverWebService web;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBean locale;

    private ObserverIdentity observer;
    private String formCode;
    private String station = "";
    private final Map<String, String> values = new HashMap<>();
    private String comment;
    private transient FormDefinition form;

    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        observer = ObserverSessions.current((HttpServletRequest) faces.getExternalContext().getRequest())
                .orElseThrow();
        formCode = faces.getExternalContext().getRequestParameterMap().get("form");
        try {
            form = web.form(formCode);
            station = web.station(observer);
        } catch (UserInputException e) {
            show(FacesMessage.SEVERITY_ERROR, messages.of(e));
        }
    }

    /**
     * Sends the answers. A rejected form lists every problem under a heading that says nothing was
     * stored, and keeps the fields as typed. A stored form empties the fields for the next report;
     * for a checklist the page then says whether the record is complete or which required
     * questions it still lacks.
     */
    public void send() {
        WebSubmissionOutcome outcome;
        try {
            outcome = web.submit(observer, formCode, values, comment);
        } catch (UserInputException e) {
            show(FacesMessage.SEVERITY_ERROR, messages.of(e));
            return;
        }
        AnswerProblemTexts texts = texts();
        FormDefinition submitted = getForm();
        if (!outcome.stored()) {
            show(FacesMessage.SEVERITY_ERROR, texts.rejected(outcome.problems().size()));
            for (AnswerProblem problem : outcome.problems()) {
                show(FacesMessage.SEVERITY_ERROR, texts.describe(submitted, problem));
            }
            return;
        }
        show(FacesMessage.SEVERITY_INFO, texts.stored(outcome, submitted));
        texts.completeness(outcome, submitted).ifPresent(text -> show(
                outcome.missingRequired().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, text));
        values.clear();
        comment = null;
    }

    /** Returns the label of a question in the page's language. */
    public String label(Question question) {
        return texts().label(question);
    }

    /** Returns the choices of a question as "1 = label, 2 = label", for the hint of a multiple choice. */
    public String choices(Question question) {
        return texts().choices(question);
    }

    public String choiceLabel(Choice choice) {
        return texts().label(choice);
    }

    private AnswerProblemTexts texts() {
        return new AnswerProblemTexts(locale.getLocale());
    }

    /** Returns the questions answered on the web form: every one but free-text questions. */
    public List<Question> getQuestions() {
        FormDefinition current = getForm();
        return current == null ? List.of() : current.questions().stream()
                .filter(question -> question.type() != QuestionType.TEXT)
                .toList();
    }

    public FormDefinition getForm() {
        if (form == null && formCode != null) {
            try {
                form = web.form(formCode);
            } catch (UserInputException e) {
                return null;
            }
        }
        return form;
    }

    public String getTitle() {
        FormDefinition current = getForm();
        if (current == null) {
            return messages.get("observerForm.unknown");
        }
        return current.code() + " : " + ("en".equals(locale.getLanguage()) ? current.titleEn() : current.titleFr());
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

    public Map<String, String> getValues() {
        return values;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
