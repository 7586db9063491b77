package ml.modele.observation.application.communique;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.application.CoverageService;
import ml.modele.observation.application.CoverageView;
import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.communique.CommuniqueSnapshot.DeployedCount;
import ml.modele.observation.application.communique.CommuniqueSnapshot.Estimate;
import ml.modele.observation.application.communique.CommuniqueSnapshot.Finding;
import ml.modele.observation.application.communique.CommuniqueSnapshot.IncidentCount;
import ml.modele.observation.application.communique.CommuniqueSnapshot.VerdictLine;
import ml.modele.observation.application.incident.IncidentCategories;
import ml.modele.observation.application.incident.IncidentRow;
import ml.modele.observation.application.incident.IncidentService;
import ml.modele.observation.application.tabulation.TabulationService;
import ml.modele.observation.application.tabulation.TabulationView;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.pvt.PvtEstimates;
import ml.modele.observation.domain.pvt.RatioEstimate;
import ml.modele.observation.domain.security.Role;

/**
 * Collects the figures of a communiqué from the services behind the dashboard, the incident list
 * and the coverage view, so that a statement prints the same numbers as the screens: the PVT
 * estimates come from {@link TabulationService#tabulate}, never from a computation of their own.
 */
@Stateless
@RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.ADMINISTRATOR})
public class CommuniqueFigures {

    private static final String NATIONAL = "NATIONAL";
    private static final String ANSWER_BUNDLE = "ml.modele.observation.i18n.communiques";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private TabulationService tabulation;

    @EJB
    private IncidentService incidentService;

    @EJB
    private CoverageService coverageService;

    @EJB
    private ElectionService elections;

    @EJB
    private FormSetService formSets;

    /** Freezes the figures of an election as they are at {@code now}. */
    public CommuniqueSnapshot snapshot(long electionId, Instant now) {
        String electionName = elections.find(electionId).getName();
        FormSet formSet = formSets.of(electionId).formSet();
        TabulationView view = tabulation.tabulate(electionId);
        CoverageView coverage = coverageService.coverage(electionId);
        List<IncidentRow> incidentRows = incidentService.list(electionId, null, null);
        Map<String, String> regionNames = new HashMap<>();
        view.coverage().forEach(region -> regionNames.put(region.regionCode(), region.regionName()));

        Optional<PvtEstimates> estimates = view.report().map(report -> report.estimates());
        List<Estimate> shares = new ArrayList<>();
        estimates.ifPresent(e -> {
            for (int k = 0; k < e.optionShares().size(); k++) {
                TabulationView.OptionLabel label = view.optionLabels().get(k);
                shares.add(estimate(label.fr(), label.en(), e.optionShares().get(k)));
            }
        });
        return new CommuniqueSnapshot(electionName, now.toString(), view.dataVersion(),
                deployed(electionId, regionNames), coverage.total().stations(), coverage.total().stationsCovered(),
                view.sampledStations(), coverage.total().sampledCovered(),
                estimates.map(e -> e.strata().size()).orElse(0),
                estimates.map(PvtEstimates::stationsUsed).orElse(0), shares,
                estimates.map(e -> estimate(null, null, e.turnout())).orElse(null),
                estimates.map(e -> estimate(null, null, e.nullShare())).orElse(null),
                verdicts(view, regionNames), findings(view, formSet),
                incidents(incidentRows, formSet, regionNames), incidentRows.size(),
                incidentRows.stream().filter(IncidentRow::critical).count());
    }

    /**
     * Freezes an estimate. One that is not defined (0/0, or carried by one sheet) is frozen as NaN,
     * which the PDF prints as a dash.
     */
    private static Estimate estimate(String fr, String en, RatioEstimate estimate) {
        if (!estimate.defined()) {
            return new Estimate(fr, en, Double.NaN, Double.NaN);
        }
        return new Estimate(fr, en, estimate.ratio(), estimate.margin95());
    }

    private List<DeployedCount> deployed(long electionId, Map<String, String> regionNames) {
        List<?> rows = em.createNativeQuery("SELECT d.region_code, o.category, COUNT(*) FROM deployment d"
                        + " JOIN observer o ON o.id = d.observer_id"
                        + " WHERE d.election_id = ?1 AND d.ended_at IS NULL AND d.place_kind <> 'RESERVE'"
                        + " GROUP BY d.region_code, o.category ORDER BY d.region_code, o.category")
                .setParameter(1, electionId)
                .getResultList();
        List<DeployedCount> counts = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String region = (String) columns[0];
            counts.add(new DeployedCount(region, regionNames.getOrDefault(region, region), (String) columns[1],
                    ((Number) columns[2]).longValue()));
        }
        return counts;
    }

    private static List<VerdictLine> verdicts(TabulationView view, Map<String, String> regionNames) {
        List<VerdictLine> lines = new ArrayList<>();
        for (TabulationView.Verdict verdict : view.verdicts()) {
            // Turnout has no option label: the report prints its own.
            String fr = null;
            String en = null;
            if (verdict.figure() != TabulationView.Verdict.TURNOUT) {
                fr = view.optionLabels().get(verdict.figure()).fr();
                en = view.optionLabels().get(verdict.figure()).en();
            }
            lines.add(new VerdictLine(verdict.scope(), regionNames.get(verdict.scope()), fr, en, verdict.official(),
                    verdict.estimate(), verdict.margin95(), verdict.inside95(), verdict.estimated()));
        }
        return lines;
    }

    /** Returns the national share of sampled stations per checklist answer that has an estimate. */
    private static List<Finding> findings(TabulationView view, FormSet formSet) {
        Map<String, FormDefinition> forms = new HashMap<>();
        formSet.forms().forEach(form -> forms.put(form.code(), form));
        List<Finding> findings = new ArrayList<>();
        for (TabulationView.AnswerShare share : view.statistics()) {
            if (!NATIONAL.equals(share.scope()) || share.sampleShare().isEmpty()) {
                continue;
            }
            FormDefinition form = forms.get(share.formCode());
            RatioEstimate estimate = share.sampleShare().get();
            findings.add(new Finding(share.formCode(), form == null ? share.formCode() : form.titleFr(),
                    form == null ? share.formCode() : form.titleEn(), share.questionFr(), share.questionEn(),
                    answerLabel(share.answerFr(), share.answerCode(), Locale.FRENCH),
                    answerLabel(share.answerEn(), share.answerCode(), Locale.ENGLISH),
                    share.sampleAnswers(), estimate.ratio(), estimate.margin95()));
        }
        return findings;
    }

    /** Returns the answer's label, or "Oui" and "Non" for a yes/no question, whose form set has no labels. */
    static String answerLabel(String label, String answerCode, Locale locale) {
        if (label != null && !label.isBlank()) {
            return label;
        }
        String key;
        if (Question.YES.equals(answerCode)) {
            key = "communique.answer.yes";
        } else if (Question.NO.equals(answerCode)) {
            key = "communique.answer.no";
        } else {
            return answerCode;
        }
        return ResourceBundle.getBundle(ANSWER_BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** Counts the incidents by région and category, in région then category order. */
    private static List<IncidentCount> incidents(List<IncidentRow> rows, FormSet formSet,
                                                 Map<String, String> regionNames) {
        Optional<Question> question = IncidentCategories.categoryQuestion(formSet);
        Map<String, Long> counts = new TreeMap<>();
        for (IncidentRow row : rows) {
            for (String category : row.categories()) {
                counts.merge(row.regionCode() + "|" + category, 1L, Long::sum);
            }
        }
        List<IncidentCount> incidents = new ArrayList<>();
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            String[] key = entry.getKey().split("\\|", 2);
            Optional<Choice> choice = question.flatMap(q -> q.choice(key[1]));
            incidents.add(new IncidentCount(key[0], regionNames.getOrDefault(key[0], key[0]), key[1],
                    choice.map(Choice::labelFr).orElse(key[1]), choice.map(Choice::labelEn).orElse(key[1]),
                    IncidentCategories.CRITICAL.contains(key[1]), entry.getValue()));
        }
        return incidents;
    }
}
