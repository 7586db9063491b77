package ml.modele.observation.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import ml.modele.observation.domain.accreditation.AccreditationStep;

/**
 * Formats the messages of the accreditation workflow from the {@code accreditation} bundle,
 * French by default, with each {@link AccreditationStep} argument replaced by its label.
 */
public final class AccreditationMessages {

    /** Base name of the bundle. Its default file, {@code accreditation.properties}, is French. */
    public static final String BUNDLE = "ml.modele.observation.i18n.accreditation";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AccreditationMessages() {
    }

    /** Formats a message of the bundle in a locale. */
    public static String format(String key, Object[] arguments, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Object[] labelled = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            labelled[i] = arguments[i] instanceof AccreditationStep step ? label(step, locale) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(labelled);
    }

    /** Formats the message of a rejected request. */
    public static String format(AccreditationException e, Locale locale) {
        return format(e.messageKey(), e.arguments(), locale);
    }

    /** Returns the label of a step, such as "formé". */
    public static String label(AccreditationStep step, Locale locale) {
        return bundle(locale).getString("step." + step.name());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
