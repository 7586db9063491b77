package ml.modele.observation.domain.audit;

/** Kinds of administrative change recorded in the audit trail. */
public enum AuditAction {
    USER_CREATED,
    USER_ROLES_CHANGED,
    USER_RENAMED,
    USER_DISABLED,
    USER_ENABLED,
    USER_PASSWORD_RESET,
    USER_UNLOCKED,
    USER_LOCKED_OUT,
    OWN_PASSWORD_CHANGED,
    IMPORT_APPLIED,
    MAP_VERSION_CREATED,
    MAP_UNIT_CHANGED,
    STATION_CHANGED,
    STATION_RETIRED,
    STATION_SECURITY_CHANGED,
    ELECTION_CREATED,
    ELECTION_CHANGED
}
