package ml.modele.observation.infrastructure.imports;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats the problems of an observer import as sentences from the {@code observer-imports}
 * bundle, and the problems of the file as a whole (empty file, legacy .xls) from the
 * {@code imports} bundle of the map imports. French is the default. A detail written
 * {@code @key} is replaced by that key's text in the bundle, so that a category appears by its label.
 *
 * <p>Message arguments: {0} row number, {1} column, {2} value, {3} and further the problem's details.
 */
public final class ObserverImportMessages {

    /** Base name of the bundle. Its default file, {@code observer-imports.properties}, is French. */
    public static final String BUNDLE = "ml.modele.observation.i18n.observer-imports";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ObserverImportMessages() {
    }

    /** Formats problems in the given locale, one sentence per problem, in list order. */
    public static List<String> formatAll(List<ImportProblem> problems, Locale locale) {
        ResourceBundle own = bundle(locale);
        ResourceBundle shared = ImportMessages.bundle(locale);
        List<String> messages = new ArrayList<>(problems.size());
        for (ImportProblem problem : problems) {
            messages.add(format(own, shared, locale, problem));
        }
        return messages;
    }

    /** Returns the text of a key of the bundle, such as a category label. */
    public static String text(String key, Locale locale) {
        return bundle(locale).getString(key);
    }

    /** Returns the bundle for a locale, French when the locale has none. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    private static String format(ResourceBundle own, ResourceBundle shared, Locale locale, ImportProblem problem) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(Integer.toString(problem.rowNumber()));
        arguments.add(problem.column());
        arguments.add(problem.value());
        for (String detail : problem.details()) {
            arguments.add(detail.startsWith("@") ? own.getString(detail.substring(1)) : detail);
        }
        String pattern;
        try {
            pattern = own.getString(problem.messageKey());
        } catch (MissingResourceException e) {
            pattern = shared.getString(problem.messageKey());
        }
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }
}
