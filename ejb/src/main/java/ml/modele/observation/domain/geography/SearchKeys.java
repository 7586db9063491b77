package ml.modele.observation.domain.geography;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive search keys, so that "segou", "SEGOU" and "Ségou" match the same name.
 */
public final class SearchKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Characters other than letters and digits: the migration V15 removed them from the stored keys. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchKeys() {
    }

    /**
     * Folds a text for comparison: Unicode NFD decomposition, removal of combining marks
     * (accents, cedillas), lower case in the root locale and trimmed. Returns "" for null.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).trim();
    }

    /**
     * Folds a name for an exact comparison: {@link #fold} with every run of characters other than
     * letters and digits turned into one space, so "Ké-Macina", "ke macina" and "KE  MACINA" give
     * "ke macina". Returns "" for null.
     */
    public static String words(String text) {
        return NON_WORD.matcher(fold(text)).replaceAll(" ").trim();
    }

    /** Checks whether the folded text contains the folded query. An empty query matches every text. */
    public static boolean matches(String query, String text) {
        return fold(text).contains(fold(query));
    }

    /**
     * Folds a name into the search key that the map stores for units and centres: {@link #fold},
     * then every character other than a letter or a digit removed. So "ngara", "N'gara" and
     * "N-GARA" give "ngara", and "Kalaban Coro" and "Kalabancoro" give "kalabancoro". Returns ""
     * for null.
     */
    public static String compact(String text) {
        return NON_WORD.matcher(fold(text)).replaceAll("");
    }
}
