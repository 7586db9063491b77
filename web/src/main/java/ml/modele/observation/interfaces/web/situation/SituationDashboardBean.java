package ml.modele.observation.interfaces.web.situation;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.incident.IncidentCategories;
import ml.modele.observation.application.incident.IncidentRow;
import ml.modele.observation.application.incident.IncidentService;
import ml.modele.observation.application.tabulation.EstimateGap;
import ml.modele.observation.application.tabulation.TabulationService;
import ml.modele.observation.application.tabulation.TabulationView;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.pvt.PvtEstimates;
import ml.modele.observation.domain.pvt.QualityFlag;
import ml.modele.observation.domain.pvt.RatioEstimate;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.map.MaliMap;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Live dashboard of an election (tableau de bord en direct). A poll every second reads the cheap
 * data version and redraws the figures only when it changed, so new data shows within 2 s
 * without a page reload.
 */
@Named("situationDashboard")
@ViewScoped
public class SituationDashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Text of a figure's column when the figure has no estimate, whose reason is in the estimate column. */
    private static final String NO_FIGURE = "—";

    @EJB
    private TabulationService tabulation;

    @EJB
    private IncidentService incidents;

    @EJB
    private ElectionService elections;

    @EJB
    private ml.modele.observation.application.FormSetService formSets;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBean localeBean;

    private Long electionId;
    private String zoomRegion;
    private String shownVersion;
    private transient TabulationView view;
    /** Status of the election's PVT sample, DRAFT or SEALED, or null when none is drawn. */
    private String sampleStatus;
    private transient List<IncidentRow> incidentRows;
    private Instant refreshedAt;

    private String officialScope = "NATIONAL";
    private Long officialRegistered;
    private Long officialVoters;
    private Long officialNull;
    private Long officialValid;
    private List<Long> officialOptions = new ArrayList<>();

    /** Loads the figures of the chosen election, or of the latest one. */
    public void load() {
        if (electionId == null) {
            List<Election> list = elections.list();
            if (!list.isEmpty()) {
                electionId = list.get(0).getId();
            }
        }
        if (electionId != null) {
            refresh();
        }
    }

    /** Polled every second: redraws the figures when the data version changed since the last drawing. */
    public void poll() {
        if (electionId == null) {
            return;
        }
        String version = tabulation.dataVersion(electionId);
        if (!version.equals(shownVersion)) {
            refresh();
            PrimeFaces.current().ajax().update("live");
        }
    }

    /** Redraws after a change of zoom. */
    public void zoom() {
        refresh();
    }

    /** Stores the official result typed by the EVA and shows its verdict. */
    public void enterOfficial() {
        try {
            tabulation.enterOfficialResult(electionId, officialScope, value(officialRegistered), value(officialVoters),
                    value(officialNull), value(officialValid), officialOptions.stream().map(v -> v == null ? -1L : v)
                            .toList());
            refresh();
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    messages.get("dashboard.official.stored")));
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    private static long value(Long figure) {
        return figure == null ? -1 : figure;
    }

    private void refresh() {
        view = tabulation.tabulate(electionId);
        sampleStatus = tabulation.sampleStatus(electionId).orElse(null);
        shownVersion = view.dataVersion();
        incidentRows = incidents.list(electionId, null, null);
        refreshedAt = Instant.now();
        while (officialOptions.size() < view.optionLabels().size()) {
            officialOptions.add(null);
        }
    }

    private TabulationView view() {
        if (view == null && electionId != null) {
            refresh();
        }
        return view;
    }

    // Figures shown by the page.

    /** Tells whether the election has a PVT sample, sealed or not. */
    public boolean isHasSample() {
        view();
        return sampleStatus != null;
    }

    /** Tells whether the election's PVT sample is drawn but not sealed yet. */
    public boolean isSampleDraft() {
        view();
        return "DRAFT".equals(sampleStatus);
    }

    /** Tells whether no sampled station has sent a result sheet yet. */
    public boolean isNoResultSheets() {
        return view() != null && view().resultSheets() == 0;
    }

    /** Tells whether no checklist, result sheet or incident has arrived for the election yet. */
    public boolean isNoReports() {
        return view() != null && view().coverage().stream().allMatch(region -> region.opened() == 0
                && region.resultsIn() == 0 && region.incidents() == 0
                && region.stationsByForm().stream().allMatch(form -> form.stations() == 0));
    }

    public boolean isHasEstimates() {
        return view() != null && view().report().isPresent();
    }

    /** Returns why there are no estimates yet, for the page's empty state; empty when there are. */
    public String getEstimatesGap() {
        return EstimateGap.ofEstimates(view()).map(this::text).orElse("");
    }

    /** Returns why there are no estimates without the flagged stations yet; empty when there are. */
    public String getCleanEstimatesGap() {
        return EstimateGap.ofEstimatesWithoutFlagged(view()).map(this::text).orElse("");
    }

    /** Returns why the convergence chart has no point yet, or empty when it has some. */
    public String getConvergenceGap() {
        if (!view().convergence().isEmpty()) {
            return "";
        }
        Optional<EstimateGap> noEstimates = EstimateGap.ofEstimates(view());
        if (noEstimates.isPresent()) {
            return text(noEstimates.get());
        }
        // Every count has a point once the option shares of all counted sheets are defined.
        return view().report().orElseThrow().estimates().optionShares().stream()
                .map(share -> EstimateGap.ofFigure(share, EstimateGap.Figure.OPTION_SHARE))
                .flatMap(Optional::stream).findFirst().map(this::text).orElse("");
    }

    /** Rows of the estimates table: each option, then turnout and the null share. */
    public List<EstimateRow> getEstimateRows() {
        return estimateRows(view().report().map(report -> report.estimates()));
    }

    /** Returns the same rows without the stations that fail the data-quality rules. */
    public List<EstimateRow> getCleanEstimateRows() {
        return estimateRows(view().report().flatMap(report -> report.estimatesWithoutFlagged()));
    }

    private List<EstimateRow> estimateRows(Optional<PvtEstimates> estimates) {
        List<EstimateRow> rows = new ArrayList<>();
        if (estimates.isEmpty()) {
            return rows;
        }
        boolean french = isFrench();
        for (int k = 0; k < view().optionLabels().size(); k++) {
            TabulationView.OptionLabel label = view().optionLabels().get(k);
            rows.add(row(french ? label.fr() : label.en(), estimates.get().optionShares().get(k),
                    EstimateGap.Figure.OPTION_SHARE));
        }
        rows.add(row(messages.get("dashboard.turnout"), estimates.get().turnout(), EstimateGap.Figure.TURNOUT));
        rows.add(row(messages.get("dashboard.nullShare"), estimates.get().nullShare(),
                EstimateGap.Figure.NULL_SHARE));
        return rows;
    }

    /** Formats a row, or gives the reason in place of the share when the estimate is not defined. */
    private EstimateRow row(String label, RatioEstimate estimate, EstimateGap.Figure figure) {
        Optional<EstimateGap> gap = EstimateGap.ofFigure(estimate, figure);
        if (gap.isPresent()) {
            return new EstimateRow(label, text(gap.get()), NO_FIGURE, NO_FIGURE, false);
        }
        return new EstimateRow(label, messages.percent(estimate.ratio()), "± " + points(estimate.margin95()),
                "± " + points(estimate.margin99()), true);
    }

    /**
     * One line of an estimates table, formatted.
     *
     * @param share   the estimate, or the reason it is missing
     * @param defined whether the line has an estimate
     */
    public record EstimateRow(String label, String share, String margin95, String margin99, boolean defined) {
    }

    /** Formats a margin in percentage points: 0.0183 gives 1,83 in French. */
    public String points(double ratio) {
        String percent = messages.percent(ratio);
        return percent.replace("\u00A0%", "").replace("%", "");
    }

    private String text(EstimateGap gap) {
        return messages.get(gap.messageKey(), gap.arguments().toArray());
    }

    public List<ml.modele.observation.domain.pvt.StratumCount> getStrata() {
        return view().report().map(report -> report.estimates().strata()).orElse(List.of());
    }

    public List<ml.modele.observation.domain.pvt.StratumMerge> getMerges() {
        return view().report().map(report -> report.estimates().merges()).orElse(List.of());
    }

    public List<ml.modele.observation.domain.pvt.QualityFlag> getQualityFlags() {
        return view().report().map(report -> report.qualityFlags()).orElse(List.of());
    }

    public int getAcceptedSheets() {
        return view().report().map(report -> report.acceptedSheets()).orElse(0);
    }

    public TabulationView getView() {
        return view();
    }

    /** Rows of the verdict table, formatted. */
    public List<VerdictRow> getVerdicts() {
        List<VerdictRow> rows = new ArrayList<>();
        for (TabulationView.Verdict verdict : view().verdicts()) {
            String figure = verdict.figure() == TabulationView.Verdict.TURNOUT ? messages.get("dashboard.turnout")
                    : (isFrench() ? view().optionLabels().get(verdict.figure()).fr()
                            : view().optionLabels().get(verdict.figure()).en());
            if (!verdict.estimated()) {
                rows.add(new VerdictRow(scopeName(verdict.scope()), figure, messages.percent(verdict.official()),
                        NO_FIGURE, messages.get("dashboard.verdict.noEstimate"), false));
                continue;
            }
            String outcome;
            if (verdict.inside95()) {
                outcome = messages.get("dashboard.verdict.inside");
            } else if (Double.isInfinite(verdict.marginsApart())) {
                outcome = messages.get("dashboard.verdict.zeroMargin");
            } else {
                outcome = messages.get("dashboard.verdict.outside", points(verdict.marginsApart() / 100));
            }
            rows.add(new VerdictRow(scopeName(verdict.scope()), figure, messages.percent(verdict.official()),
                    messages.percent(verdict.estimate()) + " ± " + points(verdict.margin95()), outcome,
                    verdict.inside95()));
        }
        return rows;
    }

    /**
     * One line of the verdict table.
     *
     * @param estimate the estimate with its 95 % margin, or a dash without estimate
     */
    public record VerdictRow(String scope, String figure, String official, String estimate, String outcome,
                             boolean inside) {
    }

    /** Rows of the checklist statistics for the zoomed région, or national. */
    public List<StatisticRow> getStatistics() {
        String scope = zoomRegion == null || zoomRegion.isBlank() ? view().scope() : zoomRegion;
        boolean french = isFrench();
        List<StatisticRow> rows = new ArrayList<>();
        for (TabulationView.AnswerShare share : view().statistics()) {
            if (!share.scope().equals(scope)) {
                continue;
            }
            String answer = share.answerFr().isEmpty()
                    ? messages.get(Question.YES.equals(share.answerCode()) ? "dashboard.yes" : "dashboard.no")
                    : (french ? share.answerFr() : share.answerEn());
            Optional<EstimateGap> gap = EstimateGap.ofSampleShare(share);
            String sample = gap.isPresent() ? text(gap.get()) : messages.get("dashboard.shareWithMargin",
                    messages.percent(share.sampleShare().orElseThrow().ratio()),
                    points(share.sampleShare().orElseThrow().margin95()));
            rows.add(new StatisticRow(share.formCode() + " " + share.questionCode(),
                    french ? share.questionFr() : share.questionEn(), answer, sample, gap.isEmpty(),
                    share.sampleAnswers(), messages.percent(share.allShare()), share.allAnswers()));
        }
        return rows;
    }

    /**
     * One line of the checklist statistics.
     *
     * @param sampleShare  the share among sampled stations with its margin, or the reason it is missing
     * @param sampleShared whether the line has a share among sampled stations
     */
    public record StatisticRow(String code, String question, String answer, String sampleShare, boolean sampleShared,
                               int sampleAnswers, String allShare, int allAnswers) {
    }

    public List<TabulationView.RegionCoverage> getCoverage() {
        return view().coverage();
    }

    public List<String> getFormCodes() {
        return view().coverage().isEmpty() ? List.of()
                : view().coverage().get(0).stationsByForm().stream().map(TabulationView.FormCount::formCode).toList();
    }

    /** Counts of incidents per category, in the order of the incident form. */
    public List<CategoryCount> getIncidentCategories() {
        List<CategoryCount> counts = new ArrayList<>();
        Optional<Question> question = IncidentCategories.categoryQuestion(formSets.of(electionId).formSet());
        if (question.isEmpty()) {
            return counts;
        }
        for (Choice choice : question.get().choices()) {
            long count = incidentRows.stream().filter(row -> row.categories().contains(choice.code())).count();
            counts.add(new CategoryCount(isFrench() ? choice.labelFr() : choice.labelEn(), count,
                    IncidentCategories.CRITICAL.contains(choice.code())));
        }
        return counts;
    }

    /** Incidents of one category. */
    public record CategoryCount(String label, long count, boolean critical) {
    }

    public int getIncidentCount() {
        view();
        return incidentRows.size();
    }

    /** Returns the map as inline SVG: régions shaded by the share of sampled stations with results in. */
    public String getMapSvg() {
        Map<String, Double> shares = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (TabulationView.RegionCoverage coverage : view().coverage()) {
            if (coverage.sampled() > 0) {
                shares.put(coverage.regionCode(), coverage.resultsShare());
            }
            labels.put(coverage.regionCode(), messages.get("dashboard.map.tooltip", coverage.regionName(),
                    messages.number(coverage.resultsIn()), messages.number(coverage.sampled()),
                    messages.number(coverage.incidents())));
        }
        MaliMap map = MaliMap.get();
        List<MaliMap.Marker> markers = new ArrayList<>();
        for (IncidentRow row : incidentRows) {
            double[] centre = map.centre(row.regionCode());
            // Markers of one région are spread on a small spiral around its centre, because stations
            // of the generated frame have no coordinates.
            int index = markers.size();
            double angle = index * 2.4;
            double radius = 0.15 * Math.sqrt(index);
            markers.add(new MaliMap.Marker(centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle),
                    row.stationCode() + " " + String.join(",", row.categories()), row.critical()));
        }
        String zoom = zoomRegion == null || zoomRegion.isBlank() ? null : zoomRegion;
        // The page prints the attribution under the map, so the drawing carries none.
        return map.svg(shares, zoom, markers, null, labels);
    }

    /** Returns the name of each ballot option in the user's language, in results-form order. */
    public List<String> getOptionNames() {
        boolean french = isFrench();
        return view().optionLabels().stream().map(label -> french ? label.fr() : label.en()).toList();
    }

    public String getConvergenceSvg() {
        return ConvergenceChart.svg(view().convergence(), messages.get("dashboard.convergence.axis"),
                getOptionNames());
    }

    public Map<String, String> getRegionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        view().coverage().forEach(coverage -> names.put(coverage.regionName(), coverage.regionCode()));
        return names;
    }

    /**
     * Returns the name of a stratum from its key, the région's P-code alone or followed by
     * "|URBAN" or "|RURAL": "Ségou (urbain)".
     */
    public String stratumLabel(String key) {
        int bar = key == null ? -1 : key.indexOf('|');
        if (bar < 0) {
            return scopeName(key);
        }
        return messages.get("dashboard.stratum.withArea", scopeName(key.substring(0, bar)),
                messages.label("sample.area.", key.substring(bar + 1)));
    }

    /** Returns the labels of a flagged sheet's problems, joined with ", ". */
    public String problemLabels(QualityFlag flag) {
        return messages.list(flag.problems().stream().sorted()
                .map(problem -> messages.label("dashboard.problem.", problem.name())).toList());
    }

    private String scopeName(String scope) {
        if ("NATIONAL".equals(scope)) {
            return messages.get("dashboard.national");
        }
        return view().coverage().stream().filter(c -> c.regionCode().equals(scope)).findFirst()
                .map(TabulationView.RegionCoverage::regionName).orElse(scope);
    }

    /** Tells whether the caller enters official results. */
    public boolean isOfficialEditor() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.EVA_DATA_MANAGER) || context.isUserInRole(Role.Names.ADMINISTRATOR);
    }

    private boolean isFrench() {
        return "fr".equals(localeBean.getLocale().getLanguage());
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    public String getShownVersion() {
        return shownVersion;
    }

    public List<Election> getElections() {
        return elections.list();
    }

    public Long getElectionId() {
        return electionId;
    }

    public void setElectionId(Long electionId) {
        this.electionId = electionId;
    }

    public String getZoomRegion() {
        return zoomRegion;
    }

    public void setZoomRegion(String zoomRegion) {
        this.zoomRegion = zoomRegion;
    }

    public String getOfficialScope() {
        return officialScope;
    }

    public void setOfficialScope(String officialScope) {
        this.officialScope = officialScope;
    }

    public Long getOfficialRegistered() {
        return officialRegistered;
    }

    public void setOfficialRegistered(Long officialRegistered) {
        this.officialRegistered = officialRegistered;
    }

    public Long getOfficialVoters() {
        return officialVoters;
    }

    public void setOfficialVoters(Long officialVoters) {
        this.officialVoters = officialVoters;
    }

    public Long getOfficialNull() {
        return officialNull;
    }

    public void setOfficialNull(Long officialNull) {
        this.officialNull = officialNull;
    }

    public Long getOfficialValid() {
        return officialValid;
    }

    public void setOfficialValid(Long officialValid) {
        this.officialValid = officialValid;
    }

    public List<Long> getOfficialOptions() {
        return officialOptions;
    }
}
