package ml.modele.observation.domain.geography;

/**
 * Code scheme of the generated polling centres and stations, derived from the commune P-code:
 * centre {@code <commune>-C<nnn>} and station {@code <centre>-B<nn>}, for example
 * {@code ML040626-C012} and {@code ML040626-C012-B03}. Numbers start at 1 in each commune and
 * each centre. They are zero-padded to 3 and 2 digits, and a larger number takes more digits.
 */
public final class StationCodes {

    private StationCodes() {
    }

    /** Returns the code of the centre with this number in the commune. */
    public static String centreCode(String communeCode, int centreNumber) {
        return communeCode + "-C" + pad(centreNumber, 3);
    }

    /** Returns the code of the station with this number in the centre. */
    public static String stationCode(String centreCode, int stationNumber) {
        return centreCode + "-B" + pad(stationNumber, 2);
    }

    private static String pad(int number, int width) {
        if (number < 1) {
            throw new IllegalArgumentException("Numbers start at 1: " + number);
        }
        StringBuilder digits = new StringBuilder(Integer.toString(number));
        while (digits.length() < width) {
            digits.insert(0, '0');
        }
        return digits.toString();
    }
}
