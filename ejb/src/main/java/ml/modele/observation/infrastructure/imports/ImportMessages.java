package ml.modele.observation.infrastructure.imports;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Formats import problems as sentences from the {@code imports} resource bundle. French is the
 * default: a locale without its own bundle gets French, whatever the JVM default locale.
 *
 * <p>Message arguments: {0} row number, {1} column, {2} value, {3} and further the problem's details.
 * Every argument is a string, so numbers appear as the file wrote them, without grouping.
 */
public final class ImportMessages {

    /** Base name of the bundle. Its default file, {@code imports.properties}, is French. */
    public static final String BUNDLE = "ml.modele.observation.i18n.imports";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ImportMessages() {
    }

    /** Formats one problem in the given locale. */
    public static String format(ImportProblem problem, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return format(bundle, locale, problem);
    }

    /** Formats problems in the given locale, one sentence per problem, in list order. */
    public static List<String> formatAll(List<ImportProblem> problems, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        List<String> messages = new ArrayList<>(problems.size());
        for (ImportProblem problem : problems) {
            messages.add(format(bundle, locale, problem));
        }
        return messages;
    }

    /** Returns the bundle for a locale, French when the locale has none. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    private static String format(ResourceBundle bundle, Locale locale, ImportProblem problem) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(Integer.toString(problem.rowNumber()));
        arguments.add(problem.column());
        arguments.add(problem.value());
        arguments.addAll(problem.details());
        return new MessageFormat(bundle.getString(problem.messageKey()), locale).format(arguments.toArray());
    }
}
