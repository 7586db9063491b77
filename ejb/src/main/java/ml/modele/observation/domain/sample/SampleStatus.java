package ml.modele.observation.domain.sample;

/** Stage of a PVT sample: a draft may be drawn again, a sealed sample changes only by replacement. */
public enum SampleStatus {
    DRAFT,
    SEALED
}
