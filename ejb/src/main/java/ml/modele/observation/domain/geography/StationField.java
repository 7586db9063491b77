package ml.modele.observation.domain.geography;

import java.util.Objects;
import java.util.function.Function;

/** Field of a {@link StationSnapshot} that an import can change, named after its station-file column. */
public enum StationField {
    COMMUNE_CODE("commune_code", StationSnapshot::communeCode),
    CENTRE_CODE("centre_code", StationSnapshot::centreCode),
    CENTRE_NAME("centre_name", StationSnapshot::centreName),
    REGISTERED_VOTERS("registered_voters", StationSnapshot::registeredVoters),
    COORDINATES("latitude/longitude", StationSnapshot::coordinates),
    AREA("area", StationSnapshot::areaType);

    private final String column;
    private final Function<StationSnapshot, Object> accessor;

    StationField(String column, Function<StationSnapshot, Object> accessor) {
        this.column = column;
        this.accessor = accessor;
    }

    /** Returns the station-file column, or both coordinate columns for {@link #COORDINATES}. */
    public String column() {
        return column;
    }

    /** Checks whether two snapshots hold the same value in this field. */
    public boolean sameValue(StationSnapshot before, StationSnapshot after) {
        return Objects.equals(accessor.apply(before), accessor.apply(after));
    }
}
