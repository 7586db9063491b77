package ml.modele.observation.interfaces.web.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.report.PeriodicReportFilter;
import ml.modele.observation.application.report.PeriodicReportService;
import ml.modele.observation.application.report.PeriodicReportSummary;
import ml.modele.observation.application.report.ReportFile;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Periodic reports screen: the list of the long-term observers' reports by period, région and
 * theme, and the form that files a report on an observer's behalf with one optional attachment.
 */
@Named
@ViewScoped
public class PeriodicReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeriodicReportService reports;

    @EJB
    private ElectionService elections;

    @Inject
    private Messages messages;

    private List<Election> electionList;
    private Long electionId;
    private List<Question> themes = List.of();
    private List<PeriodicReportSummary> rows = List.of();

    private LocalDate filterFrom;
    private LocalDate filterTo;
    private String filterRegion;
    private String filterTheme;

    private String observerCode;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        electionList = elections.list();
        electionId = electionList.isEmpty() ? null : electionList.get(0).getId();
        load();
    }

    /** Reads the themes and the filtered list of the chosen election. */
    public void load() {
        if (electionId == null) {
            return;
        }
        themes = reports.themes(electionId);
        rows = reports.list(electionId, new PeriodicReportFilter(filterFrom, filterTo, filterRegion, filterTheme));
    }

    /** Files the report typed in the form, then clears the form and reloads the list. */
    public void file() {
        try {
            List<ReportFile> files = new ArrayList<>();
            if (file != null && file.getSize() > 0) {
                files.add(new ReportFile(file.getFileName(), file.getContent()));
            }
            long id = reports.file(electionId, observerCode, periodStart, periodEnd, texts, files, Channel.WEB);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("periodicReport.filed", Long.toString(id), observerCode), null));
            observerCode = null;
            periodStart = null;
            periodEnd = null;
            texts.clear();
            load();
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    /** Tells whether the caller files reports, so that the form shows. */
    public boolean isFiler() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.EVA_DATA_MANAGER) || context.isUserInRole(Role.Names.REGIONAL_COORDINATOR)
                || context.isUserInRole(Role.Names.TECHNICAL_COORDINATOR)
                || context.isUserInRole(Role.Names.ADMINISTRATOR);
    }

    /** Returns the labels of the themes that have a text, in the user's language. */
    public String themeLabels(PeriodicReportSummary row) {
        List<String> labels = new ArrayList<>();
        for (Question theme : themes) {
            if (row.themes().contains(theme.code())) {
                labels.add(label(theme));
            }
        }
        return String.join(", ", labels);
    }

    /** Returns the label of a theme in the user's language. */
    public String label(Question theme) {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())
                ? theme.labelEn() : theme.labelFr();
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

    public List<Question> getThemes() {
        return themes;
    }

    public List<PeriodicReportSummary> getRows() {
        return rows;
    }

    public LocalDate getFilterFrom() {
        return filterFrom;
    }

    public void setFilterFrom(LocalDate filterFrom) {
        this.filterFrom = filterFrom;
    }

    public LocalDate getFilterTo() {
        return filterTo;
    }

    public void setFilterTo(LocalDate filterTo) {
        this.filterTo = filterTo;
    }

    public String getFilterRegion() {
        return filterRegion;
    }

    public void setFilterRegion(String filterRegion) {
        this.filterRegion = filterRegion;
    }

    public String getFilterTheme() {
        return filterTheme;
    }

    public void setFilterTheme(String filterTheme) {
        this.filterTheme = filterTheme;
    }

    public String getObserverCode() {
        return observerCode;
    }

    public void setObserverCode(String observerCode) {
        this.observerCode = observerCode;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    /** Returns the texts typed per theme code, bound to the text areas. */
    public Map<String, String> getTexts() {
        return texts;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
