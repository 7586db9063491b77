package ml.modele.observation.infrastructure.imports;

import java.util.List;

/** Column names of the polling station file, one row per station. The layout is described in docs/station-file-layout.md. */
public final class StationFileColumns {

    public static final String COMMUNE_CODE = "commune_code";
    public static final String CENTRE_CODE = "centre_code";
    public static final String CENTRE_NAME = "centre_name";
    public static final String STATION_CODE = "station_code";
    public static final String REGISTERED_VOTERS = "registered_voters";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String AREA = "area";
    /** Optional column: "oui" marks a row of the generated demonstration frame. */
    public static final String GENERATED = "generated";

    /** Columns every station file has, in the documented order. */
    public static final List<String> REQUIRED = List.of(COMMUNE_CODE, CENTRE_CODE, CENTRE_NAME, STATION_CODE,
            REGISTERED_VOTERS, LATITUDE, LONGITUDE, AREA);

    private StationFileColumns() {
    }
}
