package ml.modele.observation.domain.pvt;

/** Urban or rural setting of a polling station, used to split régions into finer strata. */
public enum AreaType {
    URBAN,
    RURAL
}
