package ml.modele.observation.simulator;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reporting coverage that the situation room must show after the simulated day, worked out
 * from the messages sent: per région and form, the stations whose observer sent at least one
 * message of that form that the SMS grammar accepts (form and observer known, so the platform
 * stores a submission even when some answers are wrong), and per région the sampled stations
 * with an accepted result sheet. Every rejected result sheet is followed by its correction, so
 * each accepted one ends counted.
 *
 * @param stationsByRegionAndForm région P-code, then form code, then the number of stations
 * @param resultsInByRegion       région P-code, then the sampled stations with results
 * @param observersReporting      observers with at least one message
 * @param notOpened               sampled stations of the région without a vote with an accepted
 *                                arrival checklist, which reports that the station did not open
 */
record ExpectedCoverage(Map<String, Map<String, Integer>> stationsByRegionAndForm,
        Map<String, Integer> resultsInByRegion, int observersReporting, int notOpened) {

    /**
     * Works out the coverage of a day's messages.
     *
     * @param day             every planned message
     * @param stationOf       station of each observer deployed on the platform, by observer code
     * @param sampledStations station codes of the PVT sample
     * @param forms           codes of the checklist and results forms that the dashboard counts
     * @param resultsForm     code of the results form
     * @param arrivalForm     code of the arrival checklist, whose question B records whether the station opened
     */
    static ExpectedCoverage of(List<PlannedSms> day, Map<String, String> stationOf, Set<String> sampledStations,
                               Collection<String> forms, String resultsForm, String arrivalForm) {
        Map<String, Map<String, Set<String>>> stations = new TreeMap<>();
        Map<String, Set<String>> resultsIn = new TreeMap<>();
        Set<String> notOpened = new TreeSet<>();
        Set<String> senders = new HashSet<>();
        for (PlannedSms sms : day) {
            senders.add(sms.observerCode());
            String station = stationOf.get(sms.observerCode());
            if (station == null || !sms.accepted() || !forms.contains(sms.form())) {
                continue;
            }
            String region = ElectionTruth.region(station);
            stations.computeIfAbsent(region, key -> new TreeMap<>())
                    .computeIfAbsent(sms.form(), key -> new TreeSet<>()).add(station);
            if (sms.form().equals(resultsForm) && sampledStations.contains(station)) {
                resultsIn.computeIfAbsent(region, key -> new TreeSet<>()).add(station);
            }
            if (sms.form().equals(arrivalForm) && sampledStations.contains(station)
                    && ElectionTruth.REGION_WITHOUT_VOTE.equals(region)) {
                notOpened.add(station);
            }
        }

        Map<String, Map<String, Integer>> stationCounts = new TreeMap<>();
        stations.forEach((region, byForm) -> {
            Map<String, Integer> counts = new TreeMap<>();
            byForm.forEach((form, codes) -> counts.put(form, codes.size()));
            stationCounts.put(region, counts);
        });
        Map<String, Integer> resultsCounts = new TreeMap<>();
        resultsIn.forEach((region, codes) -> resultsCounts.put(region, codes.size()));
        return new ExpectedCoverage(stationCounts, resultsCounts, senders.size(), notOpened.size());
    }

    /** Returns the stations of a form in a région, 0 when none reported it. */
    int stations(String region, String form) {
        return stationsByRegionAndForm.getOrDefault(region, Map.of()).getOrDefault(form, 0);
    }

    /** Returns the stations of a form in the whole country. */
    int stations(String form) {
        return stationsByRegionAndForm.values().stream().mapToInt(byForm -> byForm.getOrDefault(form, 0)).sum();
    }

    /** Returns the sampled stations with results in the whole country. */
    int resultsIn() {
        return resultsInByRegion.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Returns the régions with at least one report. */
    Set<String> regions() {
        Set<String> regions = new TreeSet<>(stationsByRegionAndForm.keySet());
        regions.addAll(resultsInByRegion.keySet());
        return regions;
    }
}
