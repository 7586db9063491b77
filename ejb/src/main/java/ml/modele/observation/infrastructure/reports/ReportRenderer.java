package ml.modele.observation.infrastructure.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders JasperReports templates to PDF for every report of the platform (sample lists, badges,
 * accreditation lists, communiqués).
 *
 * <p>A template is a {@code .jrxml} file on the class path, compiled on first use and kept
 * compiled for the life of the application. Its labels come from a resource bundle in the
 * requested locale, French when the locale has no bundle of its own, and reach the template as
 * {@code $R{key}}. Dates print in Bamako's time zone. Fonts must be "DejaVu Sans" (or another
 * family of {@code jasperreports-fonts}), which the PDF then embeds, so accented names survive
 * on any reader.
 */
@ApplicationScoped
public class ReportRenderer {

    private static final Logger LOG = Logger.getLogger(ReportRenderer.class.getName());

    /** Time zone of every date and time printed. */
    public static final TimeZone MALI = TimeZone.getTimeZone("Africa/Bamako");

    private final JasperReportsContext context = new SimpleJasperReportsContext();
    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /**
     * Renders a report to PDF.
     *
     * @param template class path resource of the {@code .jrxml} file, e.g. {@code /ml/.../pvt-sample.jrxml}
     * @param bundle base name of the labels' resource bundle, e.g. {@code ml.modele.observation.i18n.reports}
     * @param parameters report parameters, besides the locale, bundle and time zone set here
     * @param rows the detail rows, each a map from field name to value
     * @param title document title stored in the PDF's metadata
     * @throws ReportException if the template is missing or invalid, or filling or export fails
     */
    public byte[] pdf(String template, String bundle, Locale locale, Map<String, Object> parameters,
            List<? extends Map<String, ?>> rows, String title) {
        return render(template, bundle, locale, parameters, rows, title).pdf();
    }

    /**
     * Renders a report to PDF like {@link #pdf} and also returns its number of pages.
     *
     * @throws ReportException if the template is missing or invalid, or filling or export fails
     */
    public RenderedPdf render(String template, String bundle, Locale locale, Map<String, Object> parameters,
            List<? extends Map<String, ?>> rows, String title) {
        JasperReport report = template(template);
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(JRParameter.REPORT_LOCALE, locale);
        all.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels(bundle, locale));
        all.put(JRParameter.REPORT_TIME_ZONE, MALI);
        try {
            @SuppressWarnings("unchecked")
            JasperPrint print = JasperFillManager.getInstance(context).fill(report, all,
                    new JRMapCollectionDataSource((List<Map<String, ?>>) rows));
            return new RenderedPdf(export(print, title), print.getPages().size());
        } catch (JRException e) {
            throw new ReportException("Rendering of " + template + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Returns a template compiled, compiling it on first use. A report passes it as a parameter to
     * the template that fills it as a subreport.
     *
     * @throws ReportException if the template is missing or invalid
     */
    public JasperReport template(String template) {
        return compiled.computeIfAbsent(template, this::compile);
    }

    /** A rendered PDF and its number of pages. */
    public record RenderedPdf(byte[] pdf, int pages) {
    }

    /** Returns the labels of a bundle in the locale, French when the locale has none. */
    public static ResourceBundle labels(String bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle, locale, ReportRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private JasperReport compile(String template) {
        long start = System.nanoTime();
        try (InputStream source = ReportRenderer.class.getResourceAsStream(template)) {
            if (source == null) {
                throw new ReportException("Report template " + template + " is not on the class path", null);
            }
            JasperReport report = JasperCompileManager.getInstance(context).compile(source);
            LOG.info(() -> "Compiled report template " + template + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading report template " + template + " failed", e);
        } catch (JRException e) {
            throw new ReportException("Report template " + template + " does not compile: " + e.getMessage(), e);
        }
    }

    private byte[] export(JasperPrint print, String title) throws JRException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("Observation");
        configuration.setDisplayMetadataTitle(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return pdf.toByteArray();
    }
}
