package ml.modele.observation.domain.geography;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive search keys, so that "segou", "SEGOU" and "Ségou" match the same name.
 */
public final class SearchKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

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

    /** Checks whether the folded text contains the folded query. An empty query matches every text. */
    public static boolean matches(String query, String text) {
        return fold(text).contains(fold(query));
    }
}
