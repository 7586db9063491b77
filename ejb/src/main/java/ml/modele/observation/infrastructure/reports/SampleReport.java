package ml.modele.observation.infrastructure.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ml.modele.observation.application.SampleView;

/**
 * The PVT sample list as a PDF, by région: one page group per région and one block per stratum
 * with N_h, n_h and the reserve, then its stations in drawn order with their status. The seal,
 * seed and date of the data are printed on every page.
 */
@ApplicationScoped
public class SampleReport {

    static final String TEMPLATE = "/ml/modele/observation/reports/pvt-sample.jrxml";

    @Inject
    private ReportRenderer renderer;

    public SampleReport() {
    }

    /** Creates the report outside a container, for tests and benchmarks. */
    public SampleReport(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the sample; {@code printedAt} is printed beside the date of the data. */
    public byte[] pdf(SampleView sample, Locale locale, Instant printedAt) {
        SampleTexts texts = new SampleTexts(locale);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ELECTION", sample.electionName());
        parameters.put("STATUS", texts.status(sample));
        parameters.put("SEED", texts.seed(sample));
        parameters.put("SEAL", sample.seal());
        parameters.put("DATA_TIME", texts.dataTime(sample, printedAt));
        parameters.put("FRAME_LINE", texts.frame(sample));
        parameters.put("DESIGN_LINE", texts.design(sample));
        parameters.put("SIZE_LINE", texts.sizePlan(sample));
        parameters.put("REPLACEMENTS", texts.replacements(sample));
        return renderer.pdf(TEMPLATE, SampleTexts.BUNDLE, locale, parameters, rows(sample, texts),
                texts.label("sample.title") + " — " + sample.electionName());
    }

    /**
     * Returns one row per drawn station in the view's order: strata by key, which keeps the
     * strata of a région together, then drawn order.
     */
    private static List<Map<String, ?>> rows(SampleView sample, SampleTexts texts) {
        Map<String, SampleView.Stratum> strata = new HashMap<>();
        sample.strata().forEach(stratum -> strata.put(stratum.key(), stratum));
        List<Map<String, ?>> rows = new ArrayList<>(sample.stations().size());
        for (SampleView.Station station : sample.stations()) {
            Map<String, Object> row = new HashMap<>();
            row.put("REGION", station.regionName());
            row.put("STRATUM_KEY", station.stratumKey());
            row.put("STRATUM_LINE", texts.stratumLine(strata.get(station.stratumKey())));
            row.put("RANK", station.drawRank());
            row.put("CODE", station.code());
            row.put("CENTRE", station.centreName());
            row.put("COMMUNE", station.communeName());
            row.put("CERCLE", station.cercleName());
            row.put("VOTERS", texts.number(station.registeredVoters()));
            row.put("STATE", texts.state(station.state()));
            rows.add(row);
        }
        return rows;
    }
}
