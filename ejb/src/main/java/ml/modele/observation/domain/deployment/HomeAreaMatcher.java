package ml.modele.observation.domain.deployment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches unassigned short-term observers (OCT) to polling stations by home area, read from the
 * P-codes: an OCT whose home commune is the station's commune first, then one of the same
 * cercle, then one of the same région. The whole list is matched at commune level before any
 * cercle match, so that a station does not take an observer that a station of their own
 * commune needs. Within a level, observers are taken in the order given.
 *
 * <p>P-codes nest by prefix: région ML04, cercle ML0401, commune ML040101.
 */
public final class HomeAreaMatcher {

    /** Nearness of the observer's home commune to the station. */
    public enum Proximity {
        COMMUNE(8),
        CERCLE(6),
        REGION(4);

        private final int prefixLength;

        Proximity(int prefixLength) {
            this.prefixLength = prefixLength;
        }

        String areaOf(String pCode) {
            return pCode.substring(0, Math.min(prefixLength, pCode.length()));
        }
    }

    /** An observer who may be deployed, with the P-code of their home commune. */
    public record Candidate(String observerCode, String communeCode) {
    }

    /** A station to cover, with the P-code of its commune. */
    public record Station(String stationCode, String communeCode) {
    }

    /** An observer chosen for a station. */
    public record Match(Station station, Candidate candidate, Proximity proximity) {
    }

    /** The matches, in the order of the stations, and the stations nobody in their région could take. */
    public record Result(List<Match> matches, List<Station> unmatched) {
    }

    private HomeAreaMatcher() {
    }

    public static Result match(List<Station> stations, List<Candidate> candidates) {
        Set<String> taken = new HashSet<>();
        Map<Station, Match> chosen = new HashMap<>();
        for (Proximity proximity : Proximity.values()) {
            Map<String, Deque<Candidate>> byArea = group(candidates, candidate -> proximity.areaOf(
                    candidate.communeCode()));
            for (Station station : stations) {
                if (chosen.containsKey(station)) {
                    continue;
                }
                Deque<Candidate> queue = byArea.getOrDefault(proximity.areaOf(station.communeCode()),
                        new ArrayDeque<>());
                while (!queue.isEmpty() && taken.contains(queue.peekFirst().observerCode())) {
                    queue.removeFirst();
                }
                if (!queue.isEmpty()) {
                    Candidate candidate = queue.removeFirst();
                    taken.add(candidate.observerCode());
                    chosen.put(station, new Match(station, candidate, proximity));
                }
            }
        }

        List<Match> matches = new ArrayList<>();
        List<Station> unmatched = new ArrayList<>();
        for (Station station : stations) {
            Match match = chosen.get(station);
            if (match == null) {
                unmatched.add(station);
            } else {
                matches.add(match);
            }
        }
        return new Result(matches, unmatched);
    }

    private static Map<String, Deque<Candidate>> group(List<Candidate> candidates,
                                                       Function<Candidate, String> area) {
        Map<String, Deque<Candidate>> groups = new HashMap<>();
        for (Candidate candidate : candidates) {
            groups.computeIfAbsent(area.apply(candidate), key -> new ArrayDeque<>()).addLast(candidate);
        }
        return groups;
    }
}
