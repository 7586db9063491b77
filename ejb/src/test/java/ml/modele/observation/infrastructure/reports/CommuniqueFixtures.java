package ml.modele.observation.infrastructure.reports;

import java.util.ArrayList;
import java.util.List;

import ml.modele.observation.application.communique.CommuniqueSnapshot;
import ml.modele.observation.application.communique.CommuniqueSnapshot.DeployedCount;
import ml.modele.observation.application.communique.CommuniqueSnapshot.Estimate;
import ml.modele.observation.application.communique.CommuniqueSnapshot.Finding;
import ml.modele.observation.application.communique.CommuniqueSnapshot.IncidentCount;
import ml.modele.observation.application.communique.CommuniqueSnapshot.VerdictLine;

/** Snapshots of made-up figures for the communiqué's report tests and benchmark. */
final class CommuniqueFixtures {

    static final String[] REGIONS = {"Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti", "Tombouctou", "Gao",
        "Kidal", "Ménaka", "Bamako"};
    static final String TAKEN_AT = "2026-06-18T21:30:00Z";

    private CommuniqueFixtures() {
    }

    /** Returns a snapshot of a referendum with ten régions and {@code questionsPerForm} per checklist. */
    static CommuniqueSnapshot referendum(int questionsPerForm) {
        List<DeployedCount> deployed = new ArrayList<>();
        List<IncidentCount> incidents = new ArrayList<>();
        for (int r = 0; r < REGIONS.length; r++) {
            String code = String.format("ML%02d", r + 1);
            deployed.add(new DeployedCount(code, REGIONS[r], "REGIONAL_COORDINATOR", 1));
            deployed.add(new DeployedCount(code, REGIONS[r], "LONG_TERM", 3 + r));
            deployed.add(new DeployedCount(code, REGIONS[r], "SHORT_TERM", 250 + 11 * r));
            incidents.add(new IncidentCount(code, REGIONS[r], "1", "Violence", "Violence", true, 1 + r % 3));
            incidents.add(new IncidentCount(code, REGIONS[r], "5", "Retard d'ouverture", "Late opening", false, 4));
        }
        List<Finding> findings = new ArrayList<>();
        String[][] forms = {{"ARV", "Arrivée et ouverture", "Arrival and opening"}, {"DVT", "Déroulement du vote",
            "Voting"}, {"FDP", "Fermeture et dépouillement", "Closing and counting"}};
        for (String[] form : forms) {
            for (int q = 0; q < questionsPerForm; q++) {
                findings.add(new Finding(form[0], form[1], form[2], "Question " + (q + 1) + " : le matériel était-il complet ?",
                        "Question " + (q + 1) + ": was the material complete?", "Oui", "Yes", 940 - q, 0.912 - q * 0.01,
                        0.0187));
                findings.add(new Finding(form[0], form[1], form[2], "Question " + (q + 1) + " : le matériel était-il complet ?",
                        "Question " + (q + 1) + ": was the material complete?", "Non", "No", 940 - q, 0.088 + q * 0.01,
                        0.0187));
            }
        }
        return new CommuniqueSnapshot("Référendum constitutionnel du 18 juin 2023", TAKEN_AT, "v42", deployed,
                24_697, 2_961, 1_000, 987, 10, 962,
                List.of(new Estimate("OUI", "YES", 0.9685, 0.0061), new Estimate("NON", "NO", 0.0315, 0.0061)),
                new Estimate(null, null, 0.382, 0.0134), new Estimate(null, null, 0.0207, 0.0022),
                List.of(new VerdictLine("NATIONAL", null, "OUI", "YES", 0.9740, 0.9685, 0.0061, true, true),
                        new VerdictLine("NATIONAL", null, null, null, 0.3940, 0.382, 0.0134, true, true)),
                findings, incidents, 60, 20);
    }

    /** Returns a snapshot of a presidential first round with three candidates, each with an official share. */
    static CommuniqueSnapshot presidential() {
        CommuniqueSnapshot base = referendum(1);
        return new CommuniqueSnapshot("Présidentielle du 30 juillet 2028, 1er tour", TAKEN_AT, "v7", base.deployed(),
                base.stations(), base.stationsCovered(), base.sampledStations(), base.sampledCovered(), base.strata(),
                base.sheetsCounted(),
                List.of(new Estimate("C01 – Awa Traoré", "C01 – Awa Traoré", 0.4512, 0.0102),
                        new Estimate("C02 – Moussa Keïta", "C02 – Moussa Keïta", 0.3377, 0.0095),
                        new Estimate("C03 – Fatoumata Diallo", "C03 – Fatoumata Diallo", 0.2111, 0.0081)),
                base.turnout(), base.nullShare(),
                List.of(new VerdictLine("NATIONAL", null, "C01 – Awa Traoré", "C01 – Awa Traoré", 0.4480, 0.4512,
                                0.0102, true, true),
                        new VerdictLine("NATIONAL", null, "C02 – Moussa Keïta", "C02 – Moussa Keïta", 0.3650,
                                0.3377, 0.0095, false, true),
                        new VerdictLine("NATIONAL", null, "C03 – Fatoumata Diallo", "C03 – Fatoumata Diallo", 0.1870,
                                0.2111, 0.0081, false, true)),
                base.findings(), base.incidents(), base.incidentsReported(), base.criticalIncidents());
    }

    /** Returns a narrative of {@code paragraphs} paragraphs with accents, bold and a list. */
    static String narrative(int paragraphs) {
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p><b>Constat ").append(p + 1).append(".</b> Les observateurs ont noté que l'ouverture des ")
                    .append("bureaux s'est déroulée dans le calme ; à Ségou, Tombouctou et Ménaka, le matériel ")
                    .append("électoral est arrivé en retard. La mission salue l'engagement des agents électoraux ")
                    .append("et <i>recommande</i> une meilleure préparation logistique.</p>");
        }
        html.append("<ul><li>Renforcer la formation des assesseurs</li><li>Publier les résultats par bureau</li></ul>");
        return html.toString();
    }
}
