package ml.modele.observation.domain.geography;

import java.util.Optional;

/** Urban or rural setting (milieu urbain ou rural) of a polling station. */
public enum AreaType {
    URBAN("urbain"),
    RURAL("rural"),
    /** The file left the area column empty. */
    UNSPECIFIED("");

    private final String fileValue;

    AreaType(String fileValue) {
        this.fileValue = fileValue;
    }

    /** Returns the value written in the station file: "urbain", "rural" or "". */
    public String fileValue() {
        return fileValue;
    }

    /**
     * Parses the area column. Accepts urbain/rural, U/R and urban/rural in any case, and an empty
     * value as {@link #UNSPECIFIED}. Returns empty for any other value.
     */
    public static Optional<AreaType> parse(String value) {
        String folded = SearchKeys.fold(value);
        switch (folded) {
            case "":
                return Optional.of(UNSPECIFIED);
            case "urbain":
            case "urban":
            case "u":
                return Optional.of(URBAN);
            case "rural":
            case "r":
                return Optional.of(RURAL);
            default:
                return Optional.empty();
        }
    }
}
