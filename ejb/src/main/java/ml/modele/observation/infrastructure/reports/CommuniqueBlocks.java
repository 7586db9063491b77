package ml.modele.observation.infrastructure.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ml.modele.observation.application.communique.CommuniqueSnapshot;
import ml.modele.observation.application.communique.CommuniqueSnapshot.DeployedCount;
import ml.modele.observation.application.communique.CommuniqueSnapshot.Estimate;
import ml.modele.observation.application.communique.CommuniqueSnapshot.Finding;
import ml.modele.observation.application.communique.CommuniqueSnapshot.IncidentCount;
import ml.modele.observation.application.communique.CommuniqueSnapshot.VerdictLine;
import ml.modele.observation.domain.communique.CommuniqueKind;
import ml.modele.observation.domain.observer.ObserverCategory;

/**
 * The body of a communiqué as the template's list of blocks (detail rows). A preliminary statement
 * has the mission summary, the findings, the critical incidents, the PVT estimates, the official
 * results and the recommendations. A PVT results statement has the estimates, their chart, the
 * methodology, the official results and a comment.
 */
final class CommuniqueBlocks {

    private final CommuniqueTexts texts;
    private final CommuniqueDocument document;
    private final CommuniqueSnapshot snapshot;
    private final List<Map<String, ?>> rows = new ArrayList<>();

    CommuniqueBlocks(CommuniqueTexts texts, CommuniqueDocument document) {
        this.texts = texts;
        this.document = document;
        this.snapshot = document.snapshot();
    }

    List<Map<String, ?>> rows() {
        if (document.kind() == CommuniqueKind.PRELIMINARY_STATEMENT) {
            summary();
            findings();
            incidents();
            estimates();
            verdicts();
            narrative("communique.section.recommendations", document.recommendationsHtml());
        } else {
            estimates();
            verdicts();
            narrative("communique.section.comment", document.findingsHtml());
        }
        return rows;
    }

    private void summary() {
        section("communique.section.summary");
        text(texts.label("communique.summary", texts.number(snapshot.observersDeployed()),
                texts.number(snapshot.stationsCovered()), texts.number(snapshot.stations()),
                texts.number(snapshot.sampledStations()), texts.number(snapshot.sampledCovered()),
                texts.number(snapshot.sheetsCounted()), texts.percent(snapshot.reportingRate())));
        subsection("communique.deployed.title");
        List<ObserverCategory> categories = List.of(ObserverCategory.values());
        row("HEAD", texts.label("communique.column.region"),
                texts.label("communique.category." + categories.get(0).name()),
                texts.label("communique.category." + categories.get(1).name()),
                texts.label("communique.category." + categories.get(2).name()),
                texts.label("communique.category." + categories.get(3).name()),
                texts.label("communique.column.total"));
        Map<String, long[]> byRegion = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        long[] total = new long[categories.size()];
        for (DeployedCount count : snapshot.deployed()) {
            int column = ObserverCategory.valueOf(count.category()).ordinal();
            byRegion.computeIfAbsent(count.regionCode(), k -> new long[categories.size()])[column] += count.observers();
            names.put(count.regionCode(), count.regionName());
            total[column] += count.observers();
        }
        for (Map.Entry<String, long[]> region : byRegion.entrySet()) {
            String name = region.getKey() == null ? texts.label("communique.noRegion") : names.get(region.getKey());
            countRow(name, region.getValue());
        }
        countRow(texts.label("communique.column.country"), total);
    }

    private void countRow(String label, long[] counts) {
        long sum = 0;
        for (long count : counts) {
            sum += count;
        }
        row("ROW", label, texts.number(counts[0]), texts.number(counts[1]), texts.number(counts[2]),
                texts.number(counts[3]), texts.number(sum));
    }

    private void findings() {
        section("communique.section.findings");
        if (snapshot.findings().isEmpty()) {
            text(texts.label("communique.findings.none"));
        }
        String form = null;
        String question = null;
        for (Finding finding : snapshot.findings()) {
            if (!finding.formCode().equals(form)) {
                form = finding.formCode();
                question = null;
                row("SUBSECTION", texts.pick(finding.formFr(), finding.formEn()), null, null, null, null, null);
                row("HEAD", texts.label("communique.column.question"), texts.label("communique.column.answer"),
                        texts.label("communique.column.stations"), texts.label("communique.column.share"),
                        texts.label("communique.column.margin"), null);
            }
            String label = texts.pick(finding.questionFr(), finding.questionEn());
            // The question prints once, above the shares of its answers.
            row("ROW", label.equals(question) ? null : label,
                    texts.pick(finding.answerFr(), finding.answerEn()), texts.number(finding.answers()),
                    texts.percent(finding.share()), texts.margin(finding.margin()), null);
            question = label;
        }
        narrative("communique.section.analysis", document.findingsHtml());
    }

    private void incidents() {
        section("communique.section.incidents");
        List<IncidentCount> critical = snapshot.incidents().stream().filter(IncidentCount::critical).toList();
        text(texts.label("communique.incidents.summary", texts.number(snapshot.incidentsReported()),
                texts.number(snapshot.criticalIncidents())));
        if (critical.isEmpty()) {
            return;
        }
        row("HEAD4", texts.label("communique.column.region"), texts.label("communique.column.category"),
                texts.label("communique.column.incidents"), null, null, null);
        for (IncidentCount count : critical) {
            row("ROW4", count.regionName() == null ? count.regionCode() : count.regionName(),
                    texts.pick(count.labelFr(), count.labelEn()), texts.number(count.incidents()), null, null, null);
        }
    }

    private void estimates() {
        section("communique.section.estimates");
        if (snapshot.estimates().isEmpty()) {
            text(texts.label("communique.estimates.none", texts.number(snapshot.sheetsCounted())));
            methodology();
            return;
        }
        row("HEAD4", texts.label("communique.column.option"), texts.label("communique.column.estimate"),
                texts.label("communique.column.margin"), texts.label("communique.column.interval"), null, null);
        for (Estimate estimate : snapshot.estimates()) {
            estimateRow(texts.pick(estimate.labelFr(), estimate.labelEn()), estimate);
        }
        estimateRow(texts.label("communique.turnout"), snapshot.turnout());
        estimateRow(texts.label("communique.nullShare"), snapshot.nullShare());
        subsection("communique.chart.title");
        for (Estimate estimate : snapshot.estimates()) {
            bar(texts.pick(estimate.labelFr(), estimate.labelEn()), estimate);
        }
        bar(texts.label("communique.turnout"), snapshot.turnout());
        text(texts.label("communique.chart.legend"));
        methodology();
    }

    private void estimateRow(String label, Estimate estimate) {
        row("ROW4", label, texts.percent(estimate.share()), texts.margin(estimate.margin()),
                texts.interval(estimate.share(), estimate.margin()), null, null);
    }

    private void bar(String label, Estimate estimate) {
        Map<String, Object> row = new HashMap<>();
        row.put("KIND", "BAR");
        row.put("C1", label);
        row.put("C2", texts.percent(estimate.share()) + " " + texts.margin(estimate.margin()));
        row.put("IMAGE", IntervalBar.draw(estimate.share(), estimate.margin()));
        rows.add(row);
    }

    private void methodology() {
        row("BOX", texts.label("communique.methodology", texts.number(snapshot.sampledStations()),
                texts.number(snapshot.strata()), texts.number(snapshot.sheetsCounted()),
                texts.percent(snapshot.reportingRate()), ReportFormats.percent(CommuniqueSnapshot.CONFIDENCE, 0,
                        texts.locale()), texts.dateTime(Instant.parse(snapshot.takenAt()))),
                null, null, null, null, null);
    }

    private void verdicts() {
        section("communique.section.official");
        if (snapshot.verdicts().isEmpty()) {
            text(texts.label("communique.official.none"));
            return;
        }
        row("HEAD", texts.label("communique.column.scope"), texts.label("communique.column.figure"),
                texts.label("communique.column.official"), texts.label("communique.column.estimate"),
                texts.label("communique.column.margin"), texts.label("communique.column.verdict"));
        for (VerdictLine verdict : snapshot.verdicts()) {
            String scope = "NATIONAL".equals(verdict.scope()) ? texts.label("communique.column.country")
                    : verdict.scopeName();
            String figure = verdict.labelFr() == null ? texts.label("communique.turnout")
                    : texts.pick(verdict.labelFr(), verdict.labelEn());
            String outcome = !verdict.estimated() ? texts.label("communique.verdict.noEstimate")
                    : verdict.inside() ? texts.label("communique.verdict.inside")
                    : texts.label("communique.verdict.outside");
            row("ROW", scope, figure, texts.percent(verdict.official()), texts.percent(verdict.estimate()),
                    texts.margin(verdict.margin()), outcome);
        }
    }

    private void narrative(String titleKey, String html) {
        if (html == null || html.isBlank()) {
            return;
        }
        section(titleKey);
        Map<String, Object> row = new HashMap<>();
        row.put("KIND", "HTML");
        row.put("HTML", html);
        rows.add(row);
    }

    private void section(String key) {
        row("SECTION", texts.label(key), null, null, null, null, null);
    }

    private void subsection(String key) {
        row("SUBSECTION", texts.label(key), null, null, null, null, null);
    }

    private void text(String text) {
        row("TEXT", text, null, null, null, null, null);
    }

    private void row(String kind, String c1, String c2, String c3, String c4, String c5, String c6) {
        Map<String, Object> row = new HashMap<>();
        row.put("KIND", kind);
        row.put("C1", c1);
        row.put("C2", c2);
        row.put("C3", c3);
        row.put("C4", c4);
        row.put("C5", c5);
        row.put("C6", c6);
        rows.add(row);
    }
}
