package ml.modele.observation.domain.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.ElectionType;

/**
 * Default form sets that a mission starts from and adapts in the designer. Labels are data, not
 * screen text, so they are written here in French and English.
 */
public final class DefaultFormSets {

    /** Largest figure accepted on a result sheet; a Malian polling station has far fewer voters. */
    public static final int MAX_SHEET_FIGURE = 5_000;

    private static final String OPENING = "Arrivée et ouverture";
    private static final String VOTING = "Déroulement du vote";
    private static final String COUNTING = "Fermeture et dépouillement";
    private static final String RESULTS = "Résultats du procès-verbal";
    private static final String INCIDENT = "Incident critique";
    private static final String REPORT = "Rapport périodique";

    /** Codes of the referendum's options, in the order of its results form's questions E and F. */
    private static final List<String> REFERENDUM_OPTIONS = List.of("OUI", "NON");

    private DefaultFormSets() {
    }

    /**
     * Returns the default set of a new election. A referendum with the options OUI and NON gets
     * {@link #referendum()} unchanged. Any other election gets the same forms, with one vote
     * question per ballot option on its results form (see {@link ResultsFormOptions}) and, on
     * the arrival form, the delegates of the candidates or lists in place of those of OUI and NON.
     * An election without options gets the referendum set.
     */
    public static FormSet forElection(ElectionType type, List<BallotOption> options) {
        // NOTE: only elections written to the database by hand, or before options were required,
        // have no options. The referendum set keeps their results form valid until options are set.
        if (options.isEmpty() || isReferendum(type, options)) {
            return referendum();
        }
        return new FormSet(setName(type), List.of(arrival(delegates(type)), voting(), counting(), results(options),
                incident(), report()));
    }

    private static boolean isReferendum(ElectionType type, List<BallotOption> options) {
        return type == ElectionType.REFERENDUM && options.stream()
                .map(option -> option.getCode().strip().toUpperCase(Locale.ROOT)).toList().equals(REFERENDUM_OPTIONS);
    }

    private static String setName(ElectionType type) {
        return switch (type) {
            case REFERENDUM -> "Référendum";
            case PRESIDENTIAL_ROUND_1 -> "Présidentielle, 1er tour";
            case PRESIDENTIAL_ROUND_2 -> "Présidentielle, 2d tour";
            case LEGISLATIVE -> "Législatives";
            case COMMUNAL -> "Communales";
        };
    }

    /** Returns the choice of the arrival form for the delegates of what is on the ballot. */
    private static Choice delegates(ElectionType type) {
        return switch (type) {
            case REFERENDUM -> new Choice("1", "Délégués des options", "Delegates of the options");
            case PRESIDENTIAL_ROUND_1, PRESIDENTIAL_ROUND_2 -> new Choice("1", "Délégués des candidats",
                    "Candidates' delegates");
            case LEGISLATIVE, COMMUNAL -> new Choice("1", "Délégués des listes", "Delegates of the lists");
        };
    }

    /**
     * Returns the French referendum set: ARV (arrival and opening), DVT (voting), FDP (closing and
     * counting), RES (results, YES and NO), URG (critical incident) and RAP (long-term observer's
     * periodic report, web only).
     */
    public static FormSet referendum() {
        return new FormSet("Référendum", List.of(arrival(), voting(), counting(), results(), incident(), report()));
    }

    private static FormDefinition arrival() {
        return arrival(List.of(
                new Choice("1", "Délégués du OUI", "YES delegates"),
                new Choice("2", "Délégués du NON", "NO delegates"),
                new Choice("3", "Autres observateurs", "Other observers"),
                new Choice("4", "Forces de l'ordre", "Security forces")));
    }

    /** Returns the arrival form of an election other than the OUI/NON referendum. */
    private static FormDefinition arrival(Choice delegates) {
        return arrival(List.of(delegates,
                new Choice("2", "Autres observateurs", "Other observers"),
                new Choice("3", "Forces de l'ordre", "Security forces")));
    }

    private static FormDefinition arrival(List<Choice> present) {
        return new FormDefinition("ARV", FormKind.CHECKLIST, OPENING, "Arrival and opening", List.of(
                Question.number("A", OPENING, true, 0, 23, "Heure d'arrivée au bureau de vote", "Arrival time at the polling station (hour)"),
                Question.yesNo("B", OPENING, true, "Le bureau a-t-il ouvert ?", "Did the polling station open?"),
                Question.number("C", OPENING, false, 0, 23, "Heure d'ouverture", "Opening time (hour)"),
                Question.number("D", OPENING, false, 0, 15, "Membres du bureau présents", "Polling staff present"),
                Question.number("E", OPENING, false, 0, 15, "Dont femmes", "Of whom women"),
                Question.yesNo("F", OPENING, true, "Urne montrée vide avant le vote ?", "Ballot box shown empty before voting?"),
                Question.yesNo("G", OPENING, true, "Matériel complet (bulletins, encre, isoloir, liste) ?", "Material complete (ballots, ink, booth, register)?"),
                Question.multipleChoice("H", OPENING, false, present, "Présents à l'ouverture", "Present at opening")));
    }

    private static FormDefinition voting() {
        return new FormDefinition("DVT", FormKind.CHECKLIST, VOTING, "Voting", List.of(
                Question.yesNo("A", VOTING, true, "Électeurs identifiés par leur carte ?", "Voters identified by their card?"),
                Question.yesNo("B", VOTING, true, "Encre vérifiée et appliquée ?", "Ink checked and applied?"),
                Question.yesNo("C", VOTING, true, "Secret du vote respecté ?", "Secrecy of the vote respected?"),
                Question.number("D", VOTING, false, 0, 999, "Électeurs refoulés", "Voters turned away"),
                Question.yesNo("E", VOTING, false, "Personnes non autorisées dans le bureau ?", "Unauthorised persons in the station?"),
                Question.yesNo("F", VOTING, false, "Campagne près du bureau ?", "Campaigning near the station?"),
                Question.yesNo("G", VOTING, false, "Accès possible aux personnes handicapées ?", "Access possible for persons with disabilities?"),
                Question.singleChoice("H", VOTING, true, List.of(
                        new Choice("1", "Très bien", "Very good"),
                        new Choice("2", "Bien", "Good"),
                        new Choice("3", "Problèmes mineurs", "Minor problems"),
                        new Choice("4", "Problèmes graves", "Serious problems")),
                        "Appréciation du déroulement", "Assessment of the voting")));
    }

    private static FormDefinition counting() {
        return new FormDefinition("FDP", FormKind.CHECKLIST, COUNTING, "Closing and counting", List.of(
                Question.number("A", COUNTING, true, 0, 23, "Heure de fermeture", "Closing time (hour)"),
                Question.yesNo("B", COUNTING, false, "Électeurs en file admis après l'heure ?", "Voters in the queue admitted after closing time?"),
                Question.yesNo("C", COUNTING, true, "Dépouillement public ?", "Public count?"),
                Question.yesNo("D", COUNTING, true, "Bulletins lus à voix haute ?", "Ballots read aloud?"),
                Question.yesNo("E", COUNTING, false, "Résultat contesté ?", "Result contested?"),
                Question.yesNo("F", COUNTING, true, "Procès-verbal affiché au bureau ?", "Result sheet posted at the station?"),
                Question.yesNo("G", COUNTING, false, "Copie du procès-verbal remise aux délégués ?", "Copy of the result sheet given to delegates?")));
    }

    private static FormDefinition results() {
        List<Question> questions = new ArrayList<>(sheetFigures());
        questions.add(Question.figure("E", RESULTS, ResultFigure.OPTION_VOTES, MAX_SHEET_FIGURE, "OUI", "YES"));
        questions.add(Question.figure("F", RESULTS, ResultFigure.OPTION_VOTES, MAX_SHEET_FIGURE, "NON", "NO"));
        return new FormDefinition("RES", FormKind.RESULTS, "Résultats", "Results", questions);
    }

    /** Returns the results form with the four sheet figures, then one vote question per option. */
    private static FormDefinition results(List<BallotOption> options) {
        List<Question> questions = new ArrayList<>(sheetFigures());
        List<String> figureCodes = questions.stream().map(Question::code).toList();
        List<String> codes = ResultsFormOptions.freeCodes(figureCodes, options.size())
                .orElseThrow(() -> new IllegalArgumentException(options.size()
                        + " ballot options do not fit in question codes of up to three letters"));
        for (int k = 0; k < options.size(); k++) {
            questions.add(ResultsFormOptions.question(codes.get(k), RESULTS, options.get(k)));
        }
        return new FormDefinition("RES", FormKind.RESULTS, "Résultats", "Results", questions);
    }

    private static List<Question> sheetFigures() {
        return List.of(
                Question.figure("A", RESULTS, ResultFigure.REGISTERED, MAX_SHEET_FIGURE, "Inscrits", "Registered voters"),
                Question.figure("B", RESULTS, ResultFigure.VOTERS, MAX_SHEET_FIGURE, "Votants", "Voters"),
                Question.figure("C", RESULTS, ResultFigure.NULL_BALLOTS, MAX_SHEET_FIGURE, "Bulletins nuls", "Null ballots"),
                Question.figure("D", RESULTS, ResultFigure.VALID, MAX_SHEET_FIGURE, "Suffrages exprimés", "Valid votes"));
    }

    private static FormDefinition incident() {
        return new FormDefinition("URG", FormKind.INCIDENT, INCIDENT, "Critical incident", List.of(
                Question.multipleChoice("A", INCIDENT, true, List.of(
                        new Choice("1", "Violence", "Violence"),
                        new Choice("2", "Intimidation", "Intimidation"),
                        new Choice("3", "Bourrage d'urnes", "Ballot stuffing"),
                        new Choice("4", "Achat de voix", "Vote buying"),
                        new Choice("5", "Matériel manquant", "Missing material"),
                        new Choice("6", "Bureau fermé", "Station closed"),
                        new Choice("7", "Vote suspendu", "Voting suspended"),
                        new Choice("8", "Observateur empêché", "Observer obstructed"),
                        new Choice("9", "Autre", "Other")),
                        "Type d'incident", "Type of incident"),
                Question.number("B", INCIDENT, false, 0, 99, "Personnes blessées", "People injured"),
                Question.yesNo("C", INCIDENT, false, "Forces de l'ordre intervenues ?", "Security forces intervened?"),
                Question.yesNo("D", INCIDENT, false, "Vote interrompu ?", "Voting interrupted?")));
    }

    /** Each free-text question of the periodic report is one theme of the weekly report. */
    private static FormDefinition report() {
        return new FormDefinition("RAP", FormKind.PERIODIC_REPORT, REPORT, "Periodic report", List.of(
                Question.text("A", REPORT, true, "Contexte politique", "Political context"),
                Question.text("B", REPORT, false, "Processus électoral", "Electoral process"),
                Question.text("C", REPORT, false, "Sécurité", "Security"),
                Question.text("D", REPORT, false, "Genre et participation des femmes", "Gender and women's participation"),
                Question.text("E", REPORT, false, "Handicap et inclusion", "Disability and inclusion"),
                Question.text("F", REPORT, false, "Médias", "Media")));
    }
}
