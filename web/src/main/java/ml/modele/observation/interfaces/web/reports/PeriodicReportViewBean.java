package ml.modele.observation.interfaces.web.reports;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.report.PeriodicReportService;
import ml.modele.observation.application.report.PeriodicReportView;
import ml.modele.observation.application.report.ReportFile;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Reading screen of one periodic report: its current texts, attachments and every version, and
 * the form that stores a revised version or adds a file.
 */
@Named
@ViewScoped
public class PeriodicReportViewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeriodicReportService reports;

    @Inject
    private Messages messages;

    private Long id;
    private PeriodicReportView view;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private String reason;
    private transient UploadedFile file;

    /** Reads the report named by the {@code id} view parameter. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            view = reports.read(id);
            texts.clear();
            view.sections().forEach(section -> texts.put(section.code(), section.text()));
        } catch (UserInputException e) {
            view = null;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    /** Stores the texts of the form as a new version and adds the uploaded file, if any. */
    public void revise() {
        try {
            List<ReportFile> files = file != null && file.getSize() > 0
                    ? List.of(new ReportFile(file.getFileName(), file.getContent())) : List.of();
            int version = reports.revise(id, texts, files, reason, Channel.WEB);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("periodicReport.revised", Integer.toString(version)), null));
            reason = null;
            load();
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    /** Returns "Name (code), région" for the heading of the report. */
    public String getHeading() {
        return messages.get("periodicReport.heading", view.summary().observerName(), view.summary().observerCode(),
                view.summary().regionName());
    }

    /** Returns the label of a theme in the user's language. */
    public String label(PeriodicReportView.Section section) {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())
                ? section.labelEn() : section.labelFr();
    }

    /** Returns the label of a theme code in the user's language, the code itself when unknown. */
    public String label(String code) {
        return view.sections().stream().filter(section -> section.code().equals(code)).findFirst()
                .map(this::label).orElse(code);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PeriodicReportView getView() {
        return view;
    }

    /** Returns the texts being revised per theme code, bound to the text areas. */
    public Map<String, String> getTexts() {
        return texts;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
