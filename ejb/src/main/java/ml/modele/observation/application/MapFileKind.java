package ml.modele.observation.application;

/** Kind of electoral map file a user imports. */
public enum MapFileKind {
    /** Régions, cercles and communes in the OCHA COD-AB shape. */
    ADMIN_UNITS,
    /** Polling centres and stations in the layout of docs/station-file-layout.md. */
    STATIONS
}
