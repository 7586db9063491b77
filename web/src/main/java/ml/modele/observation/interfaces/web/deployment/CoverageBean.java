package ml.modele.observation.interfaces.web.deployment;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.CoverageService;
import ml.modele.observation.application.CoverageView;
import ml.modele.observation.application.ElectionService;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.infrastructure.reports.CoverageExport;
import ml.modele.observation.interfaces.web.shell.Formats;
import ml.modele.observation.interfaces.web.shell.LocaleBean;

/**
 * Coverage screen: the table of {@link CoverageExport#table}, so that the screen, the .xlsx and
 * the CSV show the same lines and figures.
 */
@Named
@ViewScoped
public class CoverageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CoverageService coverage;

    @EJB
    private ElectionService elections;

    @Inject
    private LocaleBean localeBean;

    private List<Election> electionList;
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
}
