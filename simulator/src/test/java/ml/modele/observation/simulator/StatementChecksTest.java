package ml.modele.observation.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import ml.modele.observation.simulator.SimulationReport.Check;

class StatementChecksTest {

    /**
     * Text as {@code pdftotext -layout} prints it: no-break spaces inside figures, line breaks inside
     * sentences and table cells apart.
     */
    private static final String PDF_TEXT = """
            Déclaration préliminaire
            Résumé de la mission
            La mission a déployé 3\u00A0000 observateurs. 2\u00A0907 bureaux de vote sur 24\u00A0697 avaient un
            observateur. L'échantillon du comptage parallèle compte 300 bureaux, dont 300 couverts par un
            observateur ; 291 procès-verbaux de ces bureaux ont été reçus et comptés, soit un taux de
            remontée de 97,0\u00A0%.
            Incidents critiques
            Les observateurs ont signalé 1\u00A0204 incidents, dont 148 d'une catégorie critique (violences,
            intimidation, bourrage d'urnes, bureau fermé).
            Option Estimation Marge (95 %) Intervalle à 95 %
            OUI                      96,9\u00A0%      ± 0,4 pt     [96,5\u00A0% ; 97,3\u00A0%]
            NON                       3,1\u00A0%      ± 0,4 pt       [2,7\u00A0% ; 3,5\u00A0%]
            Taux de participation    38,2\u00A0%      ± 1,3 pt     [36,9\u00A0% ; 39,5\u00A0%]
            """;

    private static final StatementChecks.Figures FIGURES = new StatementChecks.Figures(3_000, 300, 291, "OUI",
            new StatementChecks.Share(0.96912, 0.00351), new StatementChecks.Share(0.38249, 0.01254), 1_204, 148);

    @Test
    void matchingStatementPassesEveryCheck() {
        List<Check> checks = StatementChecks.compare(PDF_TEXT, FIGURES);

        assertEquals(9, checks.size());
        for (Check check : checks) {
            assertTrue(check.passed(), check.toString());
        }
    }

    @Test
    void wrongTurnoutFailsOnlyTurnout() {
        String wrong = PDF_TEXT.replace("Taux de participation    38,2", "Taux de participation    38,3");

        List<Check> checks = StatementChecks.compare(wrong, FIGURES);

        Check turnout = byName(checks, "turnout in the preliminary statement");
        assertFalse(turnout.passed(), turnout.toString());
        assertEquals("38,2 %", turnout.expected());
        assertEquals("38,3 %", turnout.actual());
        assertEquals(1, checks.stream().filter(check -> !check.passed()).count());
    }

    @Test
    void wrongDeployedCountFails() {
        String wrong = PDF_TEXT.replace("déployé 3\u00A0000", "déployé 2\u00A0999");

        Check deployed = byName(StatementChecks.compare(wrong, FIGURES), "observers deployed in the preliminary statement");

        assertFalse(deployed.passed());
        assertEquals("3 000", deployed.expected());
        assertEquals("2 999", deployed.actual());
    }

    @Test
    void wrongCriticalIncidentsFail() {
        String wrong = PDF_TEXT.replace("dont 148", "dont 149");

        List<Check> checks = StatementChecks.compare(wrong, FIGURES);

        assertFalse(byName(checks, "critical incidents in the preliminary statement").passed());
        assertTrue(byName(checks, "incidents reported in the preliminary statement").passed());
    }

    @Test
    void wrongYesMarginFails() {
        String wrong = PDF_TEXT.replace("96,9\u00A0%      ± 0,4", "96,9\u00A0%      ± 0,5");

        List<Check> checks = StatementChecks.compare(wrong, FIGURES);

        assertTrue(byName(checks, "OUI share in the preliminary statement").passed());
        Check margin = byName(checks, "OUI 95 % margin in the preliminary statement");
        assertFalse(margin.passed());
        assertEquals("0,4", margin.expected());
        assertEquals("0,5", margin.actual());
    }

    @Test
    void missingSentenceFails() {
        String withoutSample = PDF_TEXT.replace("L'échantillon du comptage parallèle compte", "L'échantillon compte");

        Check sample = byName(StatementChecks.compare(withoutSample, FIGURES), "PVT sample size in the preliminary statement");

        assertFalse(sample.passed());
        assertEquals("sentence not found in the PDF", sample.actual());
    }

    @Test
    void unreadableRowShowsPrintedText() {
        String wrong = PDF_TEXT.replace("96,9\u00A0%      ± 0,4 pt", "96,9\u00A0% (± 0,4 pt)");

        Check yes = byName(StatementChecks.compare(wrong, FIGURES), "OUI share in the preliminary statement");

        assertFalse(yes.passed());
        assertTrue(yes.actual().startsWith("sentence not found in the PDF, the PDF has \"OUI 96,9 % (± 0,4 pt)"),
                yes.actual());
    }

    @Test
    void sharesRoundHalfEvenToOneDecimal() {
        assertEquals("38,2 %", StatementChecks.percent(0.38249));
        assertEquals("38,3 %", StatementChecks.percent(0.38251));
        assertEquals("1,3", StatementChecks.points(0.01254));
        assertEquals("24 697", StatementChecks.number(24_697));
        assertEquals("—", StatementChecks.percent(Double.NaN));
    }

    @Test
    void figuresReadFromDashboardJson() {
        JsonObject tabulation = json("""
                {"options": ["OUI", "NON"], "sampledStations": 300,
                 "estimates": {"stationsUsed": 291,
                   "optionShares": [{"ratio": 0.96912, "margin95": 0.00351, "margin99": 0.0046}],
                   "turnout": {"ratio": 0.38249, "margin95": 0.01254, "margin99": 0.0165}}}""");
        JsonObject coverage = json("{\"total\": {\"observersDeployed\": 3000}}");
        List<JsonValue> incidents = Json.createReader(new StringReader(
                "[{\"critical\": true}, {\"critical\": false}, {\"critical\": true}]")).readArray();

        StatementChecks.Figures figures = StatementChecks.Figures.of(tabulation, coverage, incidents);

        assertEquals(3_000, figures.deployed());
        assertEquals(300, figures.sampleSize());
        assertEquals(291, figures.sheetsCounted());
        assertEquals("OUI", figures.yesLabel());
        assertEquals(0.96912, figures.yes().ratio());
        assertEquals(0.01254, figures.turnout().margin());
        assertEquals(3, figures.incidents());
        assertEquals(2, figures.critical());
    }

    @Test
    void pdfToTextReadsRenderedStatementText() throws Exception {
        // A minimal one-page PDF with the sentence "La mission a deploye 12 observateurs." in Helvetica.
        String content = "BT /F1 12 Tf 72 720 Td (La mission a deploye 12 observateurs.) Tj ET";
        byte[] pdf = MinimalPdf.withText(content);

        String text = PreliminaryStatement.pdfToText(pdf);

        assertTrue(StatementChecks.flatten(text).contains("La mission a deploye 12 observateurs."), text);
    }

    private static Check byName(List<Check> checks, String name) {
        return checks.stream().filter(check -> check.name().equals(name)).findFirst().orElseThrow();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
