package ml.modele.observation.domain.geography;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Generator of a demonstration electoral map (carte électorale de démonstration) over the communes
 * of Mali. It creates polling centres and exactly {@value #STATION_COUNT} polling stations with
 * {@value #REGISTERED_VOTER_COUNT} registered voters in total. Centres, stations and voter counts
 * are invented: every centre and station has {@code generated = true}, centres are named
 * "Centre généré n", and no position is given.
 *
 * <p>8,463,084 is the number of registered voters published for the constitutional referendum of
 * 18 June 2023 (French Wikipedia, "Référendum constitutionnel malien de 2023"). It includes voters
 * registered abroad, whom this frame places in communes of Mali.
 * NOTE: press reports of the electoral authority's (AIGE) figures give 24,416 polling stations for
 * that vote, so the station count of 24,697 is not confirmed by a source.
 *
 * <p>The same communes and seed give the same frame, on any JVM, because the generator sorts the
 * communes by P-code and uses {@link Random} and {@link StrictMath}, whose results the Java
 * specification fixes. Codes follow {@link StationCodes}.
 */
public final class MaliFrameGenerator {

    public static final int STATION_COUNT = 24_697;
    public static final long REGISTERED_VOTER_COUNT = 8_463_084L;
    public static final int MIN_VOTERS_PER_STATION = 50;
    public static final int MAX_VOTERS_PER_STATION = 700;

    private static final Logger LOG = Logger.getLogger(MaliFrameGenerator.class.getName());

    /** P-code prefix of the District de Bamako: its communes are P-codes ML0901xx. */
    private static final String BAMAKO_PREFIX = "ML09";

    /** Communes that hold the seat (chef-lieu) of a région, checked by name in the 2021-12-20 P-code file. */
    private static final Set<String> REGION_CAPITAL_COMMUNES = Set.of(
            "ML010312", // Kayes
            "ML020604", // Koulikoro
            "ML030536", // Sikasso
            "ML040626", // Ségou
            "ML050609", // Mopti
            "ML060506", // Tombouctou
            "ML070303", // Gao
            "ML080203", // Kidal
            "ML100101"); // Ménaka

    /** Station-count weight of a Bamako commune relative to an average rural commune. */
    private static final double BAMAKO_WEIGHT = 22.0;
    /** Station-count weight of a région capital relative to an average rural commune. */
    private static final double CAPITAL_WEIGHT = 8.0;
    /** Spread of the log-normal weight of each commune. */
    private static final double WEIGHT_SIGMA = 0.45;

    private static final String BUNDLE = "ml.modele.observation.i18n.imports";

    /**
     * Generates the frame over the given communes.
     *
     * @param communes level-3 units, at least one and at most {@value #STATION_COUNT}. Units of
     *                 other levels are ignored.
     * @param seed     seed of the pseudo-random choices
     * @throws IllegalArgumentException if the list has no commune or more communes than stations
     */
    public PollingFrame generate(List<AdminUnit> communes, long seed) {
        List<AdminUnit> sorted = communes.stream()
                .filter(unit -> unit.level() == AdminLevel.COMMUNE)
                .sorted(Comparator.comparing(AdminUnit::code))
                .toList();
        if (sorted.isEmpty() || sorted.size() > STATION_COUNT) {
            throw new IllegalArgumentException("Need 1 to " + STATION_COUNT + " communes, got " + sorted.size());
        }

        Random random = new Random(seed);
        int[] stationCounts = allocateStations(sorted, random);

        // Names are stored data, so they come from the French bundle whatever the user's locale.
        ResourceBundle french = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat centreName = new MessageFormat(french.getString("generated.centre.name"), Locale.FRENCH);
        List<PollingCentre> centres = new ArrayList<>();
        List<AreaType> areaTypes = new ArrayList<>();
        List<String> stationCentres = new ArrayList<>();
        List<String> stationCodes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            AdminUnit commune = sorted.get(i);
            boolean urban = isUrban(commune.code());
            int minSize = urban ? 3 : 1;
            int maxSize = urban ? 12 : 6;
            int remaining = stationCounts[i];
            int centreNumber = 0;
            while (remaining > 0) {
                centreNumber++;
                int size = Math.min(remaining, minSize + random.nextInt(maxSize - minSize + 1));
                String centreCode = StationCodes.centreCode(commune.code(), centreNumber);
                centres.add(new PollingCentre(centreCode, commune.code(),
                        centreName.format(new Object[] {Integer.toString(centreNumber)}), true));
                for (int station = 1; station <= size; station++) {
                    stationCentres.add(centreCode);
                    stationCodes.add(StationCodes.stationCode(centreCode, station));
                    areaTypes.add(urban ? AreaType.URBAN : AreaType.RURAL);
                }
                remaining -= size;
            }
        }

        int[] voters = drawVoters(areaTypes, random);
        List<PollingStation> stations = new ArrayList<>(STATION_COUNT);
        for (int i = 0; i < STATION_COUNT; i++) {
            stations.add(new PollingStation(stationCodes.get(i), stationCentres.get(i), voters[i], null,
                    areaTypes.get(i), true));
        }
        LOG.fine(() -> "Generated demonstration frame with seed " + seed + ": " + centres.size()
                + " centres, " + STATION_COUNT + " stations over " + sorted.size() + " communes");
        return new PollingFrame(centres, stations);
    }

    private static boolean isUrban(String communeCode) {
        return communeCode.startsWith(BAMAKO_PREFIX) || REGION_CAPITAL_COMMUNES.contains(communeCode);
    }

    /**
     * Gives each commune one station, then shares the other stations in proportion to a random
     * log-normal weight, larger for Bamako and the région capitals, by the largest-remainder method.
     */
    private static int[] allocateStations(List<AdminUnit> communes, Random random) {
        int count = communes.size();
        double[] weights = new double[count];
        double totalWeight = 0;
        for (int i = 0; i < count; i++) {
            String code = communes.get(i).code();
            double factor = code.startsWith(BAMAKO_PREFIX) ? BAMAKO_WEIGHT
                    : REGION_CAPITAL_COMMUNES.contains(code) ? CAPITAL_WEIGHT : 1.0;
            weights[i] = factor * StrictMath.exp(WEIGHT_SIGMA * random.nextGaussian());
            totalWeight += weights[i];
        }

        int toShare = STATION_COUNT - count;
        int[] stations = new int[count];
        double[] remainders = new double[count];
        int shared = 0;
        for (int i = 0; i < count; i++) {
            double quota = toShare * weights[i] / totalWeight;
            int whole = (int) Math.floor(quota);
            stations[i] = 1 + whole;
            remainders[i] = quota - whole;
            shared += whole;
        }

        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < toShare - shared; k++) {
            stations[byRemainder.get(k)]++;
        }
        return stations;
    }

    /**
     * Draws a voter count per station, larger in towns, scales the counts to the national total
     * and then moves single voters until the total is exact, keeping every count within bounds.
     */
    private static int[] drawVoters(List<AreaType> areaTypes, Random random) {
        int count = areaTypes.size();
        int[] draws = new int[count];
        long drawTotal = 0;
        for (int i = 0; i < count; i++) {
            boolean urban = areaTypes.get(i) == AreaType.URBAN;
            int low = urban ? 250 : 80;
            int high = urban ? 700 : 600;
            draws[i] = low + random.nextInt(high - low + 1);
            drawTotal += draws[i];
        }

        double scale = (double) REGISTERED_VOTER_COUNT / drawTotal;
        int[] voters = new int[count];
        long total = 0;
        for (int i = 0; i < count; i++) {
            long scaled = (long) Math.floor(draws[i] * scale);
            voters[i] = (int) Math.max(MIN_VOTERS_PER_STATION, Math.min(MAX_VOTERS_PER_STATION, scaled));
            total += voters[i];
        }

        // The national mean (about 343 voters) is far from both bounds, so each pass moves
        // nearly one voter per station and a few passes reach the exact total.
        long difference = REGISTERED_VOTER_COUNT - total;
        int index = random.nextInt(count);
        while (difference != 0) {
            if (difference > 0 && voters[index] < MAX_VOTERS_PER_STATION) {
                voters[index]++;
                difference--;
            } else if (difference < 0 && voters[index] > MIN_VOTERS_PER_STATION) {
                voters[index]--;
                difference++;
            }
            index = (index + 1) % count;
        }
        return voters;
    }
}
