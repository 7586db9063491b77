package ml.modele.observation.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ml.modele.observation.domain.pvt.AreaType;
import ml.modele.observation.domain.pvt.PollingStation;
import ml.modele.observation.domain.pvt.PvtSample;
import ml.modele.observation.domain.pvt.SampleSizePlan;
import ml.modele.observation.domain.pvt.StratificationScheme;
import ml.modele.observation.domain.pvt.StratifiedSampler;
import ml.modele.observation.domain.pvt.StratumSample;
import ml.modele.observation.domain.sample.DrawnSample;
import ml.modele.observation.domain.sample.SampleParameters;
import ml.modele.observation.domain.sample.SampleSizeMode;
import ml.modele.observation.domain.sample.SampleStratum;

/**
 * Checks the parameters of a draw, computes the sample size and turns a draw of
 * {@link StratifiedSampler} on a frame into a {@link DrawnSample} to store. Every problem a user
 * can correct is a {@link UserInputException} whose message names the value.
 */
public final class SampleDrawing {

    /** Largest reserve list per stratum that the screen accepts. */
    public static final int MAX_RESERVE_PER_STRATUM = 1000;

    private SampleDrawing() {
    }

    /** Checks the parameters that do not depend on the frame. */
    public static void check(SampleParameters parameters) {
        if (parameters.scheme() == null || parameters.allocation() == null || parameters.sizeMode() == null) {
            throw new UserInputException("sample.error.choiceMissing");
        }

        if (parameters.reservePerStratum() < 0 || parameters.reservePerStratum() > MAX_RESERVE_PER_STRATUM) {
            throw new UserInputException("sample.error.reserveInvalid", parameters.reservePerStratum(),
                    MAX_RESERVE_PER_STRATUM);
        }
        if (parameters.sizeMode() == SampleSizeMode.GIVEN) {
            if (parameters.sampleSize() == null || parameters.sampleSize() <= 0) {
                throw new UserInputException("sample.error.sizeInvalid", String.valueOf(parameters.sampleSize()));
            }
            return;
        }

        if (parameters.confidence() == null) {
            throw new UserInputException("sample.error.choiceMissing");
        }
        Double margin = parameters.targetMargin();
        if (margin == null || !(margin > 0 && margin <= 0.5)) {
            throw new UserInputException("sample.error.marginInvalid", percent(margin));
        }
        Double share = parameters.expectedShare();
        if (share == null || !(share > 0 && share < 1)) {
            throw new UserInputException("sample.error.shareInvalid", percent(share));
        }
        Double designEffect = parameters.designEffect();
        if (designEffect == null || !(designEffect >= 1 && designEffect <= 100)) {
            throw new UserInputException("sample.error.designEffectInvalid", String.valueOf(designEffect));
        }
        Double turnout = parameters.expectedTurnout();
        if (turnout == null || !(turnout > 0 && turnout <= 1)) {
            throw new UserInputException("sample.error.turnoutInvalid", percent(turnout));
        }
    }

    /**
     * Computes the size plan of a frame: the mean valid votes per station is the mean number of
     * registered voters times the expected turnout.
     */
    public static SampleSizePlan plan(SampleParameters parameters, long frameStations, long frameVoters) {
        if (parameters.sizeMode() != SampleSizeMode.COMPUTED) {
            throw new IllegalArgumentException("A size plan needs computed-size parameters, got "
                    + parameters.sizeMode());
        }
        check(parameters);
        if (frameStations == 0 || frameVoters == 0) {
            throw new UserInputException("sample.error.emptyFrame");
        }
        double meanValidVotes = (double) frameVoters / frameStations * parameters.expectedTurnout();
        return SampleSizePlan.compute(parameters.targetMargin(), parameters.confidence(),
                parameters.expectedShare(), parameters.designEffect(), meanValidVotes, (int) frameStations);
    }

    /** Returns the total sample size: the entered one, or the computed one. */
    public static int sampleSize(SampleParameters parameters, long frameStations, long frameVoters) {
        check(parameters);
        int size = parameters.sizeMode() == SampleSizeMode.GIVEN
                ? parameters.sampleSize()
                : plan(parameters, frameStations, frameVoters).sampleSize();
        if (size > frameStations) {
            throw new UserInputException("sample.error.sizeTooLarge", size, frameStations);
        }
        return size;
    }

    /**
     * Reads an entered seed (a whole number, spaces allowed), or draws a new non-negative one from
     * {@link SecureRandom} when the text is blank.
     */
    public static long seed(String text) {
        if (text == null || text.isBlank()) {
            return newSeed();
        }
        String digits = text.replaceAll("[\\s\u00A0\u202F]", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new UserInputException("sample.error.seedInvalid", text.trim());
        }
    }

    /** Returns a new non-negative seed from {@link SecureRandom}. */
    public static long newSeed() {
        return new SecureRandom().nextLong() & Long.MAX_VALUE;
    }

    /** Draws a sample of the frame and returns it as a draft ready to store. */
    public static DrawnSample draw(long electionId, long mapVersionId, SampleParameters parameters, int size,
            long seed, List<FrameStation> frame, String actor, Instant now) {
        Map<String, FrameStation> byCode = new HashMap<>();
        Map<String, String> regionNames = new HashMap<>();
        List<PollingStation> stations = new ArrayList<>(frame.size());
        long voters = 0;
        for (FrameStation station : frame) {
            byCode.put(station.code(), station);
            regionNames.put(station.regionCode(), station.regionName());
            stations.add(new PollingStation(station.code(), station.regionCode(), area(station, parameters.scheme()),
                    station.registeredVoters()));
            voters += station.registeredVoters();
        }

        PvtSample sample = new StratifiedSampler().draw(stations, parameters.scheme(), parameters.allocation(), size,
                parameters.reservePerStratum(), seed);

        DrawnSample drawn = new DrawnSample(electionId, mapVersionId, parameters, size, seed, frame.size(), voters,
                actor, now);
        Map<String, long[]> stratumVoters = votersByStratum(stations, parameters.scheme());
        for (StratumSample stratum : sample.strata()) {
            String area = parameters.scheme() == StratificationScheme.REGION_AND_AREA
                    ? stratum.key().substring(stratum.key().indexOf('|') + 1) : null;
            SampleStratum stored = drawn.addStratum(stratum.key(), stratum.region(),
                    regionNames.get(stratum.region()), area, stratum.populationSize(),
                    stratumVoters.get(stratum.key())[0], stratum.proportionalQuota());
            for (PollingStation station : stratum.selected()) {
                drawn.addDrawn(stored, byCode.get(station.code()).id(), station.code(), true);
            }
            for (PollingStation station : stratum.reserve()) {
                drawn.addDrawn(stored, byCode.get(station.code()).id(), station.code(), false);
            }
        }
        drawn.completeDraw();
        if (!drawn.getSeal().equals(sample.seal())) {
            throw new IllegalStateException("Stored sample seal " + drawn.getSeal() + " differs from the draw's "
                    + sample.seal());
        }
        return drawn;
    }

    private static AreaType area(FrameStation station, StratificationScheme scheme) {
        return switch (station.area()) {
            case URBAN -> AreaType.URBAN;
            case RURAL -> AreaType.RURAL;
            case UNSPECIFIED -> {
                if (scheme == StratificationScheme.REGION_AND_AREA) {
                    throw new UserInputException("sample.error.areaMissing", station.code());
                }
                yield null;
            }
        };
    }

    private static Map<String, long[]> votersByStratum(List<PollingStation> stations, StratificationScheme scheme) {
        Map<String, long[]> totals = new HashMap<>();
        for (PollingStation station : stations) {
            totals.computeIfAbsent(scheme.stratumKey(station), key -> new long[1])[0] += station.registeredVoters();
        }
        return totals;
    }

    /** Returns a share as a percentage for a message argument, or an empty text when missing. */
    private static Object percent(Double share) {
        return share == null ? "" : share * 100;
    }
}
