package ml.modele.observation.infrastructure.reports;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import ml.modele.observation.application.SampleView;
import ml.modele.observation.domain.pvt.SampleSizePlan;
import ml.modele.observation.domain.sample.SampleParameters;

/** Sentences and labels of a PVT sample's PDF and workbook, in one locale. */
final class SampleTexts {

    /** Base name of the reports' label bundle. */
    static final String BUNDLE = "ml.modele.observation.i18n.reports";

    private final ResourceBundle labels;
    private final Locale locale;

    SampleTexts(Locale locale) {
        this.locale = locale;
        this.labels = ReportRenderer.labels(BUNDLE, locale);
    }

    String label(String key, Object... arguments) {
        String pattern = labels.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String number(long value) {
        return ReportFormats.number(value, locale);
    }

    String status(SampleView sample) {
        return sample.sealed()
                ? label("sample.status.SEALED", ReportFormats.dateTime(sample.sealedAt(), locale), sample.sealedBy())
                : label("sample.status.DRAFT");
    }

    /** Returns the seed as printed: a plain integer without grouping, so that it can be copied. */
    String seed(SampleView sample) {
        return Long.toString(sample.seed());
    }

    String frame(SampleView sample) {
        return label("sample.frame", number(sample.frameStations()), number(sample.frameVoters()),
                Long.toString(sample.mapVersionId()));
    }

    String design(SampleView sample) {
        SampleParameters parameters = sample.parameters();
        return label("sample.design", label("sample.scheme." + parameters.scheme().name()),
                label("sample.allocation." + parameters.allocation().name()), number(sample.size()),
                number(parameters.reservePerStratum()));
    }

    /** Returns the size computation with its figures, or null when the size was entered. */
    String sizePlan(SampleView sample) {
        SampleSizePlan plan = sample.sizePlan();
        if (plan == null) {
            return null;
        }
        return label("sample.sizePlan",
                ReportFormats.percent(plan.targetMargin(), locale),
                ReportFormats.percent(plan.confidence().level(), 0, locale),
                ReportFormats.decimal(plan.confidence().z(), 6, locale),
                ReportFormats.decimal(plan.voterSampleSize(), 1, locale),
                ReportFormats.decimal(plan.expectedShare(), 2, locale),
                ReportFormats.decimal(plan.designEffect(), 2, locale),
                ReportFormats.decimal(plan.designVoterSampleSize(), 1, locale),
                ReportFormats.decimal(plan.meanValidVotesPerStation(), 1, locale),
                ReportFormats.decimal(plan.stationsBeforeCorrection(), 1, locale),
                number(plan.populationStations()),
                ReportFormats.decimal(plan.stationsAfterCorrection(), 1, locale),
                number(plan.sampleSize()));
    }

    String stratumName(SampleView.Stratum stratum) {
        return stratum.area() == null ? stratum.regionName()
                : label("sample.stratumName", stratum.regionName(), area(stratum.area()));
    }

    String stratumLine(SampleView.Stratum stratum) {
        return label("sample.stratum", stratumName(stratum), number(stratum.frameStations()),
                number(stratum.sampleSize()), ReportFormats.percent(stratum.samplingFraction(), locale),
                number(stratum.reserveSize()), number(stratum.reserveLeft()));
    }

    String area(String area) {
        return label("sample.area." + area);
    }

    String state(String state) {
        return label("sample.state." + state);
    }

    String security(String status) {
        return label("sample.security." + status);
    }

    String dataTime(SampleView sample, Instant printedAt) {
        return label("report.dataTime", ReportFormats.dateTime(sample.changedAt(), locale),
                ReportFormats.dateTime(printedAt, locale));
    }

    String replacements(SampleView sample) {
        if (sample.replacements().isEmpty()) {
            return label("sample.noReplacement");
        }
        StringBuilder text = new StringBuilder(label("sample.replacements"));
        for (SampleView.Replacement replacement : sample.replacements()) {
            text.append('\n').append(label("sample.replacement",
                    ReportFormats.dateTime(replacement.replacedAt(), locale), replacement.replacedCode(),
                    replacement.replacementCode(), replacement.stratumKey(), replacement.reason(),
                    replacement.replacedBy(), replacement.sealBefore()));
        }
        return text.toString();
    }
}
