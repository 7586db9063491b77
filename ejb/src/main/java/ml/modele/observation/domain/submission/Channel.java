package ml.modele.observation.domain.submission;

/** Channel through which a version of a submission arrived. */
public enum Channel {
    /** A coded SMS through the SMPP channel. */
    SMS,
    /** The observers' web form. */
    WEB,
    /** The REST API. */
    API,
    /** A correction entered by an EVA data manager, with its reason. */
    EVA_CORRECTION
}
