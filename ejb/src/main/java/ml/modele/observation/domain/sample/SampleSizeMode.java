package ml.modele.observation.domain.sample;

/** How the total sample size was set: entered, or computed from a target margin of error. */
public enum SampleSizeMode {
    GIVEN,
    COMPUTED
}
