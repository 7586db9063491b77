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

    /**
     * Returns the reply language for an observer's spoken languages as the registry stores them
     * (lower case, separated by ", "): English when English is listed before French, else French.
     */
    public static Language ofSpokenLanguages(String languages) {
        if (languages == null) {
            return FRENCH;
        }
        for (String language : languages.split(",")) {
            String name = language.strip().toLowerCase(Locale.ROOT);
            if (name.equals("anglais") || name.equals("english")) {
                return ENGLISH;
            }
            if (name.equals("français") || name.equals("francais") || name.equals("french")) {
                return FRENCH;
            }
        }
        return FRENCH;
    }

    /** Returns the locale of the reply bundle. */
    public Locale locale() {
        return locale;
    }
}
