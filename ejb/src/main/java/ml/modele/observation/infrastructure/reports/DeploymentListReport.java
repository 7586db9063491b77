package ml.modele.observation.infrastructure.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ml.modele.observation.application.DeploymentListLine;
import ml.modele.observation.application.DeploymentListScope;

/**
 * Deployment lists per cercle as a PDF: a heading per région and per cercle with its counts of
 * observers and covered stations, one line per observer, page numbers and the time of the data
 * on every page. The phone column is left out unless the caller may see phone numbers.
 */
@ApplicationScoped
public class DeploymentListReport {

    static final String TEMPLATE = "/ml/modele/observation/reports/deployment-list.jrxml";

    @Inject
    private ReportRenderer renderer;

    public DeploymentListReport() {
    }

    /** Creates the report outside a container, for tests. */
    public DeploymentListReport(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Renders the list.
     *
     * @param scope      région or cercle the list covers, named in the count line and in the text of
     *                   an empty list
     * @param withPhones whether to print the phone column; when false no number reaches the PDF
     * @param printedAt  time of the data, which is read when the list is printed
     */
    public byte[] pdf(String electionName, DeploymentListScope scope, List<DeploymentListLine> lines,
                      boolean withPhones, Locale locale, Instant printedAt) {
        ResourceBundle labels = ReportRenderer.labels(WeeklyReport.BUNDLE, locale);
        Map<String, CercleCount> counts = countByCercle(lines);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ELECTION", electionName);
        parameters.put("WITH_PHONES", withPhones);
        String observers = ReportFormats.number(lines.size(), locale);
        String cercles = ReportFormats.number(counts.size(), locale);
        if (scope.cercleCode() != null) {
            parameters.put("COUNT_LINE", WeeklyReport.format(labels, "deployment.count.cercle", locale, observers,
                    scope.cercleName(), scope.cercleCode(), scope.regionName()));
            parameters.put("NONE_LINE", WeeklyReport.format(labels, "deployment.none.cercle", locale,
                    scope.cercleName(), scope.cercleCode(), scope.regionName()));
        } else if (scope.regionCode() != null) {
            parameters.put("COUNT_LINE", WeeklyReport.format(labels, "deployment.count.region", locale, observers,
                    cercles, scope.regionName(), scope.regionCode()));
            parameters.put("NONE_LINE", WeeklyReport.format(labels, "deployment.none.region", locale,
                    scope.regionName(), scope.regionCode()));
        } else {
            parameters.put("COUNT_LINE", WeeklyReport.format(labels, "deployment.count", locale, observers, cercles));
            parameters.put("NONE_LINE", labels.getString("deployment.none"));
        }
        parameters.put("PHONE_LINE", withPhones ? null
                : WeeklyReport.format(labels, "deployment.phones.hidden", locale));
        String time = ReportFormats.dateTime(printedAt, locale);
        parameters.put("DATA_TIME", WeeklyReport.format(labels, "report.dataTime", locale, time, time));

        List<Map<String, ?>> rows = new ArrayList<>(lines.size());
        for (DeploymentListLine line : lines) {
            CercleCount count = counts.get(line.cercleCode());
            Map<String, Object> row = new HashMap<>();
            row.put("REGION_KEY", line.regionCode());
            row.put("REGION_TITLE", WeeklyReport.format(labels, "deployment.region", locale, line.regionName()));
            row.put("CERCLE_KEY", line.cercleCode());
            row.put("CERCLE_TITLE", WeeklyReport.format(labels, "deployment.cercle", locale, line.cercleName(),
                    line.regionName()));
            row.put("CERCLE_COUNT", WeeklyReport.format(labels, "deployment.cercle.count", locale,
                    ReportFormats.number(count.observers, locale), ReportFormats.number(count.stations.size(), locale),
                    ReportFormats.number(line.cercleStations(), locale)));
            row.put("PLACE", place(line));
            row.put("CODE", line.observerCode());
            row.put("NAME", line.lastName() + " " + line.firstName());
            row.put("CATEGORY", labels.getString("deployment.category." + line.category()));
            row.put("ORGANISATION", line.organisation());
            row.put("PHONE", withPhones ? line.phone() : null);
            rows.add(row);
        }
        return renderer.pdf(TEMPLATE, WeeklyReport.BUNDLE, locale, parameters, rows,
                labels.getString("deployment.title") + " — " + electionName);
    }

    private static String place(DeploymentListLine line) {
        if (line.placeName() == null || line.placeName().isBlank()) {
            return line.placeCode();
        }
        return line.placeCode() + " · " + line.placeName();
    }

    /** Counts the observers and the distinct stations covered in each cercle, in list order. */
    private static Map<String, CercleCount> countByCercle(List<DeploymentListLine> lines) {
        Map<String, CercleCount> counts = new LinkedHashMap<>();
        for (DeploymentListLine line : lines) {
            CercleCount count = counts.computeIfAbsent(line.cercleCode(), code -> new CercleCount());
            count.observers++;
            if ("POLLING_STATION".equals(line.placeKind())) {
                count.stations.add(line.placeCode());
            }
        }
        return counts;
    }

    private static final class CercleCount {
        private int observers;
        private final Set<String> stations = new HashSet<>();
    }
}
