package ml.modele.observation.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.submission.InMemoryObserverDirectory;
import ml.modele.observation.domain.submission.Language;
import ml.modele.observation.domain.submission.ObserverProfile;
import ml.modele.observation.domain.submission.ParsedSubmission;
import ml.modele.observation.domain.submission.ReplyComposer;
import ml.modele.observation.domain.submission.SmsParser;
import ml.modele.observation.simulator.PlannedSms.Typo;

/**
 * Writes the election day of every deployed OCT as SMS in the codes of the default referendum
 * form set: arrival and opening (ARV) about 06:30, voting (DVT) late morning, an occasional
 * critical incident (URG), closing and counting (FDP) about 18:00 and the result sheet (RES)
 * in the evening. Stations of the région without a vote report that they did not open (ARV
 * with B2, then URG "bureau fermé") and nothing more. Some observers never text.
 *
 * <p>The platform's own parser ({@link SmsParser}) reads every planned text, so that a typing
 * error that the platform rejects is followed by the correction that its reply asks for, and
 * each message carries the reply that the grammar gives it. A checklist's missing codes are
 * judged against the codes that the observer's earlier messages stored, as the intake does.
 */
public final class DayPlanner {

    /** Minutes from 06:00 to 22:00, the simulated day. */
    public static final double DAY_MINUTES = 16 * 60;

    private static final double INCIDENT_SHARE = 0.05;
    private static final double COMMENT_SHARE = 0.10;
    private static final double LONG_COMMENT_SHARE = 0.03;

    /** Comments that GSM-7 can carry (é, è and à are in its table). */
    private static final List<String> GSM_COMMENTS = List.of(
            "bureau calme", "forte affluence des femmes", "file d'attente longue à l'ouverture",
            "délégués présents et attentifs", "électeurs âgés aidés par les agents");
    /** Comments with ç, ê, ô or â, which GSM-7 cannot carry, so they go as UCS-2. */
    private static final List<String> UCS2_COMMENTS = List.of(
            "la liste d'émargement était incomplète, ça a retardé l'ouverture",
            "tension à côté du bureau, forces de l'ordre présentes", "fenêtre cassée, vote continué",
            "reçu tout le matériel à l'heure");
    /** Comments too long for one SMS, so the phone splits them (UDH concatenation). */
    private static final List<String> LONG_COMMENTS = List.of(
            "file d'attente tres longue des l'ouverture, les agents ont organise deux files separees pour"
                    + " les personnes agees et les femmes enceintes, la police est restee calme et l'ambiance"
                    + " etait bonne jusqu'a la fermeture du bureau",
            "les délégués des deux camps étaient présents toute la journée, le président du bureau a"
                    + " expliqué chaque étape du dépouillement à voix haute et a affiché le procès-verbal"
                    + " devant l'école, aucune contestation n'a été notée par les délégués ni par nous-mêmes",
            "beaucoup d'électeurs n'ont pas trouvé leur nom sur la liste, ça a créé des tensions et une"
                    + " longue attente devant le bureau jusqu'à midi");

    /** An OCT deployed to a station. */
    public record DeployedObserver(String code, String phoneE164, String stationCode) {
    }

    private final ElectionTruth truth;
    private final SmsParser parser;
    private final ReplyComposer replies;
    private final Random random;
    private final double typoShare;
    private final double silentShare;
    private final double redeliveryShare;
    /** Question codes stored so far, by observer code and form code, in planning order. */
    private final Map<String, Set<String>> recordCodes = new HashMap<>();

    public DayPlanner(ElectionTruth truth, List<DeployedObserver> observers, long seed, double typoShare,
                      double silentShare, double redeliveryShare) {
        this.truth = truth;
        this.random = new Random(seed);
        this.typoShare = typoShare;
        this.silentShare = silentShare;
        this.redeliveryShare = redeliveryShare;
        FormSet forms = DefaultFormSets.referendum();
        InMemoryObserverDirectory directory = new InMemoryObserverDirectory();
        for (DeployedObserver observer : observers) {
            directory.add(new ObserverProfile(ObserverCode.parse(observer.code()), observer.stationCode(),
                    Language.FRENCH, Set.of(observer.phoneE164())));
            directory.station(observer.stationCode(), truth.sheet(observer.stationCode()).registered());
        }
        this.parser = new SmsParser(forms, directory);
        this.replies = new ReplyComposer(forms);
    }

    /** Returns every message of the day, in the order of their simulated time. */
    public List<PlannedSms> plan(List<DeployedObserver> observers) {
        List<PlannedSms> day = new ArrayList<>();
        recordCodes.clear();
        for (DeployedObserver observer : observers) {
            if (random.nextDouble() < silentShare) {
                continue;
            }
            day.addAll(observerDay(observer));
        }
        day.sort(Comparator.comparingDouble(PlannedSms::minute));
        return day;
    }

    private List<PlannedSms> observerDay(DeployedObserver observer) {
        List<PlannedSms> messages = new ArrayList<>();
        ElectionTruth.Sheet sheet = truth.sheet(observer.stationCode());
        String code = observer.code();
        if (!sheet.voted()) {
            add(messages, observer, between(30, 90), "ARV", "ARV " + code + " A7 B2 F2 G2");
            add(messages, observer, between(90, 180), "URG", "URG " + code + " A6 B0 C2 D2 @ bureau fermé, pas de vote");
            return messages;
        }
        int opening = random.nextDouble() < 0.9 ? 7 : 8;
        int staff = 3 + random.nextInt(5);
        add(messages, observer, between(30, 105), "ARV", "ARV " + code + " A" + (opening - 1) + " B1 C" + opening
                + " D" + staff + " E" + random.nextInt(staff + 1) + " F" + yesMostly(0.97) + " G" + yesMostly(0.9)
                + " H" + presentAtOpening());
        add(messages, observer, between(240, 480), "DVT", "DVT " + code + " A" + yesMostly(0.95) + " B"
                + yesMostly(0.93) + " C" + yesMostly(0.97) + " D" + random.nextInt(12) + " E" + yesMostly(0.1)
                + " F" + yesMostly(0.05) + " G" + yesMostly(0.6) + " H" + (1 + Math.min(3, (int) (random.nextDouble() * random.nextDouble() * 4))));
        if (random.nextDouble() < INCIDENT_SHARE) {
            add(messages, observer, between(120, 660), "URG", "URG " + code + " A" + (1 + random.nextInt(5))
                    + " B" + random.nextInt(3) + " C" + yesMostly(0.5) + " D2");
        }
        add(messages, observer, between(720, 780), "FDP", "FDP " + code + " A18 B" + yesMostly(0.4) + " C1 D"
                + yesMostly(0.97) + " E" + yesMostly(0.03) + " F" + yesMostly(0.95) + " G" + yesMostly(0.9));
        add(messages, observer, between(780, 930), "RES", "RES " + code + " A" + sheet.registered() + " B"
                + sheet.voters() + " C" + sheet.nullBallots() + " D" + sheet.valid() + " E" + sheet.yes()
                + " F" + sheet.no());
        return messages;
    }

    /** Adds a message, possibly with a comment and a typing error, and the correction that the error calls for. */
    private void add(List<PlannedSms> messages, DeployedObserver observer, double minute, String form, String text) {
        String typed = withComment(text);
        Typo typo = random.nextDouble() < typoShare ? pickTypo(form) : null;
        String sent = typo == null ? typed : Typos.apply(typo, typed, random);
        ParsedSubmission parsed = store(parser.parse(observer.phoneE164(), sent));
        boolean rejected = !parsed.errors().isEmpty() || !parsed.missingCodes().isEmpty();
        messages.add(new PlannedSms(observer.code(), observer.phoneE164().substring(1), minute, form, sent, typo,
                false, random.nextDouble() < redeliveryShare, replies.compose(parsed).text(), parsed.accepted()));
        if (rejected) {
            String corrected = typo == Typo.MISSING_CODE && parsed.errors().isEmpty()
                    ? form + " " + observer.code() + " " + Typos.missingAnswers(text, parsed.missingCodes())
                    : typed;
            ParsedSubmission correction = store(parser.parse(observer.phoneE164(), corrected));
            messages.add(new PlannedSms(observer.code(), observer.phoneE164().substring(1),
                    minute + 2 + random.nextInt(9), form, corrected, null, true, false,
                    replies.compose(correction).text(), correction.accepted()));
        }
    }

    /**
     * Adds an accepted message's answers to its record and returns the message judged against that
     * record, as the platform's intake stores and answers it.
     */
    private ParsedSubmission store(ParsedSubmission parsed) {
        if (!parsed.accepted()) {
            return parsed;
        }
        // NOTE: records follow planning order, which is per observer, not the order of arrival. Only a
        // swapped observer code that names another deployed observer stores answers in a record planned
        // earlier or later, and it changes a reply only when that record also lacks a required answer.
        String key = parsed.observerCode() + " " + parsed.form().get().code();
        Set<String> codes = recordCodes.computeIfAbsent(key, unused -> new HashSet<>());
        parsed.answers().forEach(answer -> codes.add(answer.code()));
        return parsed.judgedAgainstRecord(codes);
    }

    private String withComment(String text) {
        if (text.contains("@")) {
            return text;
        }
        double draw = random.nextDouble();
        if (draw < LONG_COMMENT_SHARE) {
            return text + " @ " + pick(LONG_COMMENTS);
        }
        if (draw < COMMENT_SHARE) {
            return text + " @ " + pick(random.nextBoolean() ? GSM_COMMENTS : UCS2_COMMENTS);
        }
        return text;
    }

    private Typo pickTypo(String form) {
        List<Typo> possible = new ArrayList<>(List.of(Typo.LETTER_FOR_DIGIT, Typo.SPACING, Typo.MISSING_CODE,
                Typo.WRONG_OBSERVER_CODE));
        if ("RES".equals(form)) {
            possible.add(Typo.WRONG_ARITHMETIC);
            possible.add(Typo.WRONG_ARITHMETIC);
        }
        if ("ARV".equals(form) || "FDP".equals(form)) {
            possible.add(Typo.OUT_OF_RANGE);
        }
        return possible.get(random.nextInt(possible.size()));
    }

    private String presentAtOpening() {
        StringBuilder choices = new StringBuilder();
        for (int choice = 1; choice <= 4; choice++) {
            if (random.nextDouble() < 0.6) {
                choices.append(choice);
            }
        }
        return choices.isEmpty() ? "4" : choices.toString();
    }

    private int yesMostly(double yesShare) {
        return random.nextDouble() < yesShare ? 1 : 2;
    }

    private double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
