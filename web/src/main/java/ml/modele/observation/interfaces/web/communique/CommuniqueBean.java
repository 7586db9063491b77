package ml.modele.observation.interfaces.web.communique;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.communique.CommuniqueService;
import ml.modele.observation.application.communique.CommuniqueSummary;
import ml.modele.observation.domain.communique.CommuniqueKind;
import ml.modele.observation.domain.communique.CommuniqueStatus;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Communiqués screen: drafting with frozen figures, the narrative in a rich-text editor, approval
 * by a second person, embargo, publication and the publication log with the PDFs.
 */
@Named("communiques")
@ViewScoped
public class CommuniqueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommuniqueService service;

    @EJB
    private ElectionService elections;

    @Inject
    private Messages messages;

    private Long electionId;
    private CommuniqueKind kind = CommuniqueKind.PRELIMINARY_STATEMENT;
    /** Week of a weekly report draft, the current week from Monday by default. */
    private LocalDate weekStart = LocalDate.now(Messages.MALI).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private LocalDate weekEnd = weekStart.plusDays(6);
    private Long selectedId;
    private String findings;
    private String recommendations;
    private LocalDateTime embargo;
    private transient List<CommuniqueSummary> rows;

    /** Chooses the latest election when none is given. */
    public void load() {
        if (electionId == null) {
            List<Election> list = elections.list();
            if (!list.isEmpty()) {
                electionId = list.get(0).getId();
            }
        }
    }

    public void draft() {
        run(() -> {
            CommuniqueSummary draft = kind != null && kind.needsPeriod()
                    ? service.draftWeeklyReport(electionId, weekStart, weekEnd)
                    : service.draft(electionId, kind);
            select(draft.id());
            return messages.get("communiques.drafted", draft.version(), messages.dateTime(draft.snapshotAt()));
        });
    }

    public void open(long id) {
        select(id);
    }

    public void saveNarrative() {
        run(() -> {
            service.editNarrative(selectedId, findings, recommendations);
            select(selectedId);
            return messages.get("communiques.saved");
        });
    }

    public void approve() {
        run(() -> messages.get("communiques.approved", service.approve(selectedId).version()));
    }

    public void setEmbargoTime() {
        run(() -> {
            service.embargo(selectedId, embargo == null ? null : embargo.atZone(Messages.MALI).toInstant());
            return messages.get("communiques.embargoSet");
        });
    }

    public void publish() {
        run(() -> messages.get("communiques.published", service.publish(selectedId).version()));
    }

    public void correct() {
        run(() -> {
            CommuniqueSummary draft = service.correct(selectedId);
            select(draft.id());
            return messages.get("communiques.drafted", draft.version(), messages.dateTime(draft.snapshotAt()));
        });
    }

    /** Returns the communiqués of the election, read again after every change. */
    public List<CommuniqueSummary> getRows() {
        if (rows == null && electionId != null) {
            rows = service.list(electionId);
        }
        return rows == null ? List.of() : rows;
    }

    public CommuniqueSummary getSelected() {
        return selectedId == null ? null : getRows().stream().filter(row -> row.id() == selectedId).findFirst()
                .orElse(null);
    }

    /** Returns the first 12 digits of a published PDF's SHA-256, or an empty text. */
    public String shortSha(CommuniqueSummary row, String language) {
        return row.publications().stream().filter(pdf -> pdf.language().equals(language))
                .map(pdf -> pdf.sha256().substring(0, 12)).findFirst().orElse("");
    }

    public String pdfUrl(CommuniqueSummary row, String language) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/communiques/pdf/" + row.id() + "?lang=" + language;
    }

    public boolean isPublisher() {
        return inRole(Role.Names.PRESS_OFFICER) || inRole(Role.Names.ADMINISTRATOR);
    }

    public boolean isWriter() {
        return inRole(Role.Names.ANALYST) || isPublisher();
    }

    public boolean isApprover() {
        return inRole(Role.Names.MISSION_CHIEF) || inRole(Role.Names.ADMINISTRATOR);
    }

    public boolean isPublished() {
        CommuniqueSummary selected = getSelected();
        return selected != null && selected.status() == CommuniqueStatus.PUBLISHED;
    }

    /** Tells whether the selected version has a narrative to write; a weekly report prints the week's note instead. */
    public boolean isNarrative() {
        CommuniqueSummary selected = getSelected();
        return selected != null && selected.kind() != CommuniqueKind.WEEKLY_REPORT;
    }

    public CommuniqueKind[] getKinds() {
        return CommuniqueKind.values();
    }

    public List<Election> getElections() {
        return elections.list();
    }

    private void select(long id) {
        selectedId = id;
        rows = null;
        List<String> narrative = service.narrative(id);
        findings = narrative.get(0);
        recommendations = narrative.get(1);
        CommuniqueSummary selected = service.find(id);
        embargo = selected.embargoUntil() == null ? null
                : LocalDateTime.ofInstant(selected.embargoUntil(), Messages.MALI);
    }

    private void run(Supplier<String> action) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String done = action.get();
            rows = null;
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (UserInputException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    private static boolean inRole(String role) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(role);
    }

    public Long getElectionId() {
        return electionId;
    }

    public void setElectionId(Long electionId) {
        this.electionId = electionId;
    }

    public CommuniqueKind getKind() {
        return kind;
    }

    public void setKind(CommuniqueKind kind) {
        this.kind = kind;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public void setWeekStart(LocalDate weekStart) {
        this.weekStart = weekStart;
    }

    public LocalDate getWeekEnd() {
        return weekEnd;
    }

    public void setWeekEnd(LocalDate weekEnd) {
        this.weekEnd = weekEnd;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public LocalDateTime getEmbargo() {
        return embargo;
    }

    public void setEmbargo(LocalDateTime embargo) {
        this.embargo = embargo;
    }
}
