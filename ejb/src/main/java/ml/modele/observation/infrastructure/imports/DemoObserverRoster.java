package ml.modele.observation.infrastructure.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.Sex;

/**
 * Generates a fictitious observer roster for demonstrations, tests and the election-day
 * simulator, and writes it as an observer workbook (.xlsx) that the normal import reads.
 *
 * <p>On the 2021 OCHA map of Mali (10 régions, 53 cercles, 701 communes) it makes the mission's
 * 75 long-term observers and {@value #SHORT_TERM_COUNT} OCT: {@value #NATIONAL_SUPERVISORS}
 * national supervisors in Bamako, one regional coordinator per région, one OLT per cercle outside
 * Bamako and Kidal (48), one for the région of Kidal, where no vote was reported in 2023, and one per
 * commune of Bamako (6). The OCT are spread over every commune in turn, each supervised by the OLT
 * of their cercle (of their commune in Bamako, of the région in Kidal). Every last name carries
 * "(fictif)", national IDs start with the configured prefix, and codes and phone numbers come
 * from configured blocks, so that two rosters with different settings never collide.
 */
public final class DemoObserverRoster {

    public static final int NATIONAL_SUPERVISORS = 10;
    public static final int SHORT_TERM_COUNT = 3000;

    /** P-code of the District of Bamako, whose communes each get an OLT. */
    static final String BAMAKO = "ML09";
    /** P-code of the région of Kidal, which gets a single OLT. */
    static final String KIDAL = "ML08";

    private static final String[] ORGANISATIONS = {"OBSERVATOIRE", "AJCAD", "DONIBLOG", "DHQ", "TUWINDI"};
    private static final String[] FEMALE_NAMES = {"Awa", "Fatoumata", "Mariam", "Aminata", "Kadiatou", "Oumou",
            "Bintou", "Assitan", "Djénéba", "Rokia", "Hawa", "Salimata"};
    private static final String[] MALE_NAMES = {"Moussa", "Mamadou", "Ibrahim", "Seydou", "Boubacar", "Oumar",
            "Adama", "Souleymane", "Issa", "Modibo", "Bakary", "Cheick"};
    private static final String[] LAST_NAMES = {"Traoré", "Coulibaly", "Diarra", "Keïta", "Konaté", "Sangaré",
            "Touré", "Maïga", "Cissé", "Diallo", "Dembélé", "Sidibé", "Kanté", "Doumbia", "Sissoko", "Ag Ahmed"};
    private static final String[] OTHER_LANGUAGES = {"peul", "songhaï", "soninké", "tamasheq", "dogon", "sénoufo",
            "bozo", "minianka", "bobo", "khassonké"};

    /**
     * Settings that keep rosters apart.
     *
     * @param firstSequence      sequence number of the first observer code (90001 gives codes 90001x)
     * @param firstPhone         national number of the first phone, 8 digits starting with 2 to 9
     * @param nationalIdPrefix   letters in front of the national ID numbers
     * @param seed               seed of the names, sexes, years, languages and organisations
     */
    public record Settings(int firstSequence, int firstPhone, String nationalIdPrefix, long seed) {

        /** Settings of the demonstration roster loaded at first start. */
        public static final Settings DEMO = new Settings(90_001, 50_000_000, "DEMO", 2023L);
    }

    private final Settings settings;
    private final Random random;
    private int sequence;
    private int phone;

    private DemoObserverRoster(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.sequence = settings.firstSequence();
        this.phone = settings.firstPhone();
    }

    /** Generates the roster for these commune P-codes: long-term observers first, then the OCT. */
    public static List<ObserverDetails> generate(Iterable<String> communeCodes, Settings settings) {
        return new DemoObserverRoster(settings).roster(communeCodes);
    }

    /** Writes a roster as an observer workbook with the national ID column. */
    public static void writeXlsx(List<ObserverDetails> roster, OutputStream output) throws IOException {
        ObserverFileWriter.writeXlsx(roster, true, output);
    }

    private List<ObserverDetails> roster(Iterable<String> communeCodes) {
        SortedSet<String> communes = new TreeSet<>();
        communeCodes.forEach(communes::add);
        SortedSet<String> regions = new TreeSet<>();
        communes.forEach(code -> regions.add(code.substring(0, 4)));
        String bamakoCommune = communes.stream().filter(code -> code.startsWith(BAMAKO)).findFirst()
                .orElse(communes.first());

        List<ObserverDetails> roster = new ArrayList<>();
        List<String> supervisors = new ArrayList<>();
        for (int i = 0; i < NATIONAL_SUPERVISORS; i++) {
            ObserverDetails supervisor = person(ObserverCategory.NATIONAL_SUPERVISOR, bamakoCommune, null,
                    ObserverStatus.ACTIVE);
            roster.add(supervisor);
            supervisors.add(supervisor.code());
        }

        Map<String, String> coordinatorOfRegion = new LinkedHashMap<>();
        int index = 0;
        for (String region : regions) {
            String commune = communes.stream().filter(code -> code.startsWith(region)).findFirst().orElseThrow();
            ObserverDetails coordinator = person(ObserverCategory.REGIONAL_COORDINATOR, commune,
                    supervisors.get(index++ % supervisors.size()), ObserverStatus.ACTIVE);
            roster.add(coordinator);
            coordinatorOfRegion.put(region, coordinator.code());
        }

        Map<String, String> oltOfArea = new LinkedHashMap<>();
        for (String commune : communes) {
            String area = areaOf(commune);
            if (!oltOfArea.containsKey(area)) {
                ObserverDetails olt = person(ObserverCategory.LONG_TERM, commune,
                        coordinatorOfRegion.get(commune.substring(0, 4)), ObserverStatus.ACTIVE);
                roster.add(olt);
                oltOfArea.put(area, olt.code());
            }
        }

        List<String> communeList = new ArrayList<>(communes);
        for (int i = 0; i < SHORT_TERM_COUNT; i++) {
            String commune = communeList.get(i % communeList.size());
            roster.add(person(ObserverCategory.SHORT_TERM, commune, oltOfArea.get(areaOf(commune)),
                    ObserverStatus.CANDIDATE));
        }
        return roster;
    }

    /** Returns the area that one OLT covers: the commune in Bamako, the région in Kidal, else the cercle. */
    private static String areaOf(String commune) {
        if (commune.startsWith(BAMAKO)) {
            return commune;
        }
        if (commune.startsWith(KIDAL)) {
            return KIDAL;
        }
        return commune.substring(0, Math.min(6, commune.length()));
    }

    private ObserverDetails person(ObserverCategory category, String commune, String supervisor,
                                   ObserverStatus status) {
        Sex sex = random.nextInt(100) < 42 ? Sex.F : Sex.M;
        String[] firstNames = sex == Sex.F ? FEMALE_NAMES : MALE_NAMES;
        String firstName = firstNames[random.nextInt(firstNames.length)];
        String lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)] + " (fictif)";
        int birthYear = 1960 + random.nextInt(43);
        String organisation = ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
        String languages = category.isLongTerm() ? "bambara, français" : "bambara";
        if (random.nextInt(3) == 0) {
            languages += ", " + OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
        }
        boolean disability = random.nextInt(100) < 3;
        String code = ObserverCode.fromSequence(sequence).digits();
        String nationalId = settings.nationalIdPrefix() + String.format("%08d", sequence);
        sequence++;
        List<String> phones = List.of("+223" + phone++);
        return new ObserverDetails(code, lastName, firstName, sex, birthYear, organisation, category, commune,
                languages, disability, nationalId, phones, status, supervisor);
    }
}
