package ml.modele.observation.domain.deployment;

/** Kind of place an observer is deployed to. */
public enum PlaceKind {
    /** A région, a cercle or a Bamako commune: long-term observers and coordinators. */
    ADMIN_UNIT,
    /** A polling centre (centre de vote), for a roving team of short-term observers. */
    POLLING_CENTRE,
    /** A polling station (bureau de vote), for a short-term observer. */
    POLLING_STATION,
    /** The reserve pool: no place yet, ready to replace an observer who drops out. */
    RESERVE
}
