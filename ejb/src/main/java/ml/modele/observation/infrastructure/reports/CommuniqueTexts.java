package ml.modele.observation.infrastructure.reports;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/** Sentences, labels and number formats of a communiqué, in one language. */
final class CommuniqueTexts {

    /** Base name of the communiqués' label bundle. */
    static final String BUNDLE = "ml.modele.observation.i18n.communiques";

    private final Locale locale;
    private final ResourceBundle labels;

    CommuniqueTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        this.labels = ReportRenderer.labels(BUNDLE, this.locale);
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle labels() {
        return labels;
    }

    boolean french() {
        return locale == Locale.FRENCH;
    }

    /** Returns a label with its arguments; every label is a MessageFormat pattern, so '' prints one quote. */
    String label(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), locale).format(arguments);
    }

    /** Returns the French or English text of a pair, whichever matches the locale. */
    String pick(String fr, String en) {
        return french() ? fr : en;
    }

    String number(long value) {
        return ReportFormats.number(value, locale);
    }

    /**
     * Formats a ratio as a percentage with one decimal: 38,2 % in French, 38.2% in English. A
     * figure without estimate (NaN) or an infinite one prints as a dash.
     */
    String percent(double ratio) {
        return Double.isFinite(ratio) ? ReportFormats.percent(ratio, 1, locale) : "—";
    }

    /** Formats a margin (a ratio) in percentage points with one decimal: ± 1,3 pt; a dash when not finite. */
    String margin(double ratio) {
        return Double.isFinite(ratio) ? label("communique.margin", ReportFormats.decimal(ratio * 100, 1, locale))
                : "—";
    }

    /** Formats the interval of a share: [36,9 % ; 39,5 %]; a dash when the share or the margin is not finite. */
    String interval(double share, double margin) {
        if (!Double.isFinite(share) || !Double.isFinite(margin)) {
            return "—";
        }
        return label("communique.interval", percent(share - margin), percent(share + margin));
    }

    String dateTime(Instant instant) {
        return ReportFormats.dateTime(instant, locale);
    }

    String versionLine(CommuniqueFrame frame) {
        String line = label("communique.version", frame.version(), dateTime(frame.dataAt()));
        return frame.replacesVersion() == null ? line
                : line + " " + label("communique.replaces", frame.replacesVersion());
    }

    String footer(CommuniqueFrame frame) {
        String footer = label("communique.footer", dateTime(frame.dataAt()), frame.shortHash(), frame.version());
        return frame.published() ? footer : label("communique.footerDraft") + " · " + footer;
    }
}
