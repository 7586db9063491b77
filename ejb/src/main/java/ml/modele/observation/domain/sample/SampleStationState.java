package ml.modele.observation.domain.sample;

/** Place of a drawn station in a sample. */
public enum SampleStationState {

    /** Drawn into the sample and still in it. */
    SAMPLED,

    /** Drawn into the reserve list and not used yet. */
    RESERVE,

    /** Drawn into the sample, then replaced by a reserve station. */
    REPLACED,

    /** Drawn into the reserve list, then moved into the sample in place of a replaced station. */
    PROMOTED;

    /** Tells whether a station in this state is part of the current sample. */
    public boolean inSample() {
        return this == SAMPLED || this == PROMOTED;
    }
}
