package ml.modele.observation.domain.geography;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Finds administrative units by the P-code or the name that a user typed. Case, accents and
 * punctuation do not matter ({@link SearchKeys#words}), so "ML04", "ml04", "Ségou" and "segou"
 * all find Ségou. The whole code or name must match: "seg" finds nothing.
 */
public final class CodeOrName {

    private CodeOrName() {
    }

    /**
     * Returns the unit whose P-code is the input, else every unit whose name is the input (two
     * units of one level may share a name), else nothing.
     */
    public static <T> List<T> matches(Collection<T> units, Function<T, String> code, Function<T, String> name,
                                      String input) {
        String typed = SearchKeys.words(input);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<T> byCode = units.stream().filter(unit -> SearchKeys.words(code.apply(unit)).equals(typed)).toList();
        if (!byCode.isEmpty()) {
            return byCode;
        }
        return units.stream().filter(unit -> SearchKeys.words(name.apply(unit)).equals(typed)).toList();
    }
}
