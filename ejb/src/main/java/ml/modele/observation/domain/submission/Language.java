package ml.modele.observation.domain.submission;

import java.util.Locale;

/** Language of the replies sent to an observer. */
public enum Language {
    FRENCH(Locale.FRENCH),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** Returns the locale of the reply bundle. */
    public Locale locale() {
        return locale;
    }
}
