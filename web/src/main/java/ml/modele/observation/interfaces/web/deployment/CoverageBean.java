package ml.modele.observation.interfaces.web.deployment;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.CoverageService;
import ml.modele.observation.application.CoverageView;
import ml.modele.observation.application.DeploymentListService;
import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.infrastructure.reports.CoverageExport;
import ml.modele.observation.interfaces.web.shell.Formats;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Coverage screen: the table of {@link CoverageExport#table}, so that the screen, the .xlsx and
 * the CSV show the same lines and figures, and the download of the deployment lists of the whole
 * country, of one région or of one cercle.
 */
@Named
@ViewScoped
public class CoverageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CoverageService coverage;

    @EJB
    private ElectionService elections;

    @EJB
    private DeploymentListService deploymentLists;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private Messages messages;

    private List<Election> electionList;
    /** Région of the deployment list as typed: P-code, name or blank for every région. */
    private String listRegion;
    /** Cercle of the deployment list as typed: P-code, name or blank for the whole région. */
    private String listCercle;
    private Long electionId;
    private CoverageView view;
    private List<List<Object>> table = List.of();

    @PostConstruct
    void init() {
        electionList = elections.list();
        electionId = electionList.isEmpty() ? null : electionList.get(0).getId();
        load();
    }

    /** Computes the coverage of the chosen election. */
    public void load() {
        if (electionId == null) {
            return;
        }
        view = coverage.coverage(electionId);
        table = CoverageExport.table(view, localeBean.getLocale());
    }

    /**
     * Sends the deployment list PDF of the région and cercle typed. An unknown région or cercle,
     * or a cercle outside the région, gets a message on the page that names it, and no PDF.
     */
    public void downloadDeploymentList() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (electionId == null) {
            return;
        }
        Locale locale = localeBean.getLocale();
        byte[] pdf;
        try {
            pdf = deploymentLists.renderDeploymentList(electionId, listRegion, listCercle, locale);
        } catch (UserInputException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
            return;
        }
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(pdf.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\""
                + messages.get("coverage.deploymentList.fileName", String.valueOf(electionId)) + "\"");
        external.getResponseOutputStream().write(pdf);
        context.responseComplete();
    }

    public List<Object> getHeader() {
        return table.isEmpty() ? List.of() : table.get(0);
    }

    public List<List<Object>> getLines() {
        return table.isEmpty() ? List.of() : table.subList(1, table.size());
    }

    /** Tells whether a line of {@link #getLines()} is a total, shown in bold. */
    public boolean isTotal(int index) {
        return index >= view.lines().size() || view.lines().get(index).isTotal();
    }

    /** Returns a cell as shown: figures with the locale's grouping, names as they are. */
    public String cell(Object value) {
        return value instanceof Number number ? Formats.number(number, localeBean.getLocale()) : String.valueOf(value);
    }

    public CoverageView getView() {
        return view;
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

    public String getListRegion() {
        return listRegion;
    }

    public void setListRegion(String listRegion) {
        this.listRegion = listRegion;
    }

    public String getListCercle() {
        return listCercle;
    }

    public void setListCercle(String listCercle) {
        this.listCercle = listCercle;
    }
}
