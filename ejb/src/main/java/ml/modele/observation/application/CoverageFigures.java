package ml.modele.observation.application;

/**
 * Coverage figures of one area (a cercle, a région or the whole country) for an election.
 * Stations are the area's polling stations on the election's map, retired ones left out.
 *
 * @param regionCode          P-code of the région
 * @param regionName          name of the région
 * @param cercleCode          P-code of the cercle, null on a région or national total
 * @param cercleName          name of the cercle, null on a région or national total
 * @param stations            polling stations
 * @param inaccessible        stations the map marks inaccessible: reported, nobody is deployed there
 * @param observersDeployed   active deployments to a place in the area (station, centre, cercle or
 *                            commune); on a région total also those to the région itself
 * @param stationsCovered     stations with an observer deployed to them
 * @param stationsUncovered   accessible stations with no observer
 * @param sampled             stations of the election's PVT sample
 * @param sampledCovered      sampled stations with an observer
 * @param sampledGaps         accessible sampled stations with no observer, the gaps to fill first
 * @param sampledInaccessible sampled stations the map marks inaccessible, to replace from the reserve
 */
public record CoverageFigures(String regionCode, String regionName, String cercleCode, String cercleName,
                              long stations, long inaccessible, long observersDeployed, long stationsCovered,
                              long stationsUncovered, long sampled, long sampledCovered, long sampledGaps,
                              long sampledInaccessible) {

    /** Tells whether this line is a total of a région or of the country rather than a cercle. */
    public boolean isTotal() {
        return cercleCode == null;
    }

    /** Returns the sum of two lines, labelled with the région (or the country) given. */
    CoverageFigures plus(CoverageFigures other, String code, String name) {
        return new CoverageFigures(code, name, null, null, stations + other.stations,
                inaccessible + other.inaccessible, observersDeployed + other.observersDeployed,
                stationsCovered + other.stationsCovered, stationsUncovered + other.stationsUncovered,
                sampled + other.sampled, sampledCovered + other.sampledCovered, sampledGaps + other.sampledGaps,
                sampledInaccessible + other.sampledInaccessible);
    }

    static CoverageFigures zero(String code, String name) {
        return new CoverageFigures(code, name, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    CoverageFigures withObservers(long added) {
        return new CoverageFigures(regionCode, regionName, cercleCode, cercleName, stations, inaccessible,
                observersDeployed + added, stationsCovered, stationsUncovered, sampled, sampledCovered, sampledGaps,
                sampledInaccessible);
    }
}
