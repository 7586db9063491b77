package ml.modele.observation.interfaces.web.reports;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.report.WeeklyReportService;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Weekly report screen: choose the period (the current week, Monday to Sunday, by default),
 * write the analysts' notes and download the PDF in French or English.
 */
@Named
@ViewScoped
public class WeeklyReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WeeklyReportService weekly;

    @EJB
    private ElectionService elections;

    @Inject
    private Messages messages;

    private List<Election> electionList;
    private Long electionId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String note;

    @PostConstruct
    void init() {
        electionList = elections.list();
        electionId = electionList.isEmpty() ? null : electionList.get(0).getId();
        LocalDate today = LocalDate.now(Messages.MALI);
        periodStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        periodEnd = periodStart.plusDays(6);
        load();
    }

    /** Reads the notes of the chosen election and period. */
    public void load() {
        if (electionId == null) {
            return;
        }
        try {
            note = weekly.note(electionId, periodStart, periodEnd);
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    /** Stores the notes of the period. */
    public void save() {
        try {
            weekly.saveNote(electionId, periodStart, periodEnd, note);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("weeklyReport.saved"), null));
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    /** Tells whether the caller writes the notes. */
    public boolean isWriter() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.ANALYST) || context.isUserInRole(Role.Names.MISSION_CHIEF)
                || context.isUserInRole(Role.Names.ADMINISTRATOR);
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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
