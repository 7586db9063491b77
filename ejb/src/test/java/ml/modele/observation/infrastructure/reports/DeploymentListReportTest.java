package ml.modele.observation.infrastructure.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ml.modele.observation.application.DeploymentListLine;
import ml.modele.observation.application.DeploymentListScope;

class DeploymentListReportTest {

    private static final Instant PRINTED = Instant.parse("2023-06-16T09:30:00Z");

    /** A Malian number as printed: +223 and eight digits. */
    private static final Pattern PHONE = Pattern.compile("\\+223\\d{8}");

    private static final DeploymentListScope SEGOU = new DeploymentListScope("ML04", "Ségou", null, null);

    @TempDir
    Path folder;

    @Test
    void listGroupsByCercleWithCounts() throws Exception {
        String text = pdfText(lines(), true, Locale.FRENCH);

        assertTrue(text.contains("Listes de déploiement par cercle"), text);
        assertTrue(text.contains("4 observateur(s) déployé(s) dans 2 cercle(s)"), text);
        assertTrue(text.contains("Région : Ségou"), text);
        assertTrue(text.contains("Cercle : Ségou (région : Ségou)"), text);
        assertTrue(text.contains("3 observateur(s) · 2 bureau(x) couvert(s) sur 1 214"), text);
        assertTrue(text.contains("Cercle : Goundam (région : Tombouctou)"), text);
        assertTrue(text.contains("Maïga Aïssata"), text);
        assertTrue(text.contains("ML04010101-001-01 · École de Pélengana"), text);
        assertTrue(text.contains("+22376000001"), text);
        assertTrue(text.contains("Téléphone"), text);
        assertTrue(text.contains("Page 1 sur 1"), text);
        assertTrue(text.contains("Données au 16/06/2023 09:30:00 (heure de Bamako)"), text);
    }

    @Test
    void listWithoutPhoneRightHasNoNumber() throws Exception {
        String text = pdfText(lines(), false, Locale.FRENCH);

        assertFalse(PHONE.matcher(text).find(), text);
        assertFalse(text.contains("76000001"), text);
        assertFalse(text.contains("Téléphone "), text);
        assertTrue(text.contains("Numéros de téléphone non imprimés"), text);
        assertTrue(text.contains("Maïga Aïssata"), text);
    }

    @Test
    void englishListUsesSameTemplate() throws Exception {
        String text = pdfText(lines(), true, Locale.ENGLISH);

        assertTrue(text.contains("Deployment lists by cercle"), text);
        assertTrue(text.contains("3 observer(s) · 2 station(s) covered out of 1,214"), text);
        assertTrue(text.contains("STO"), text);
    }

    @Test
    void emptyListSaysSo() throws Exception {
        String text = pdfText(List.of(), true, Locale.FRENCH);

        assertTrue(text.contains("Aucun observateur n'est déployé"), text);
        assertTrue(text.contains("Référendum constitutionnel du 18 juin 2023"), text);
    }

    @Test
    void regionListNamesItsRegion() throws Exception {
        List<DeploymentListLine> segou = lines().stream().filter(line -> line.regionCode().equals("ML04")).toList();

        String text = oneLine(pdfText(segou, SEGOU, true, Locale.FRENCH));

        assertTrue(text.contains("3 observateur(s) déployé(s) dans 1 cercle(s) de la région Ségou (ML04)"), text);
        assertFalse(text.contains("Goundam"), text);
    }

    @Test
    void emptyRegionListNamesItsRegion() throws Exception {
        String french = oneLine(pdfText(List.of(), SEGOU, true, Locale.FRENCH));
        String english = oneLine(pdfText(List.of(), SEGOU, true, Locale.ENGLISH));

        assertTrue(french.contains("Aucun observateur n'est déployé dans un cercle, une commune, un centre ou un"
                + " bureau de vote de la région Ségou (ML04)."), french);
        assertTrue(english.contains("No observer is deployed to a cercle, a commune, a polling centre or a polling"
                + " station of the région Ségou (ML04)."), english);
    }

    @Test
    void emptyCercleListNamesItsCercle() throws Exception {
        DeploymentListScope niono = new DeploymentListScope("ML04", "Ségou", "ML0404", "Niono");

        String text = oneLine(pdfText(List.of(), niono, false, Locale.FRENCH));

        assertTrue(text.contains("Aucun observateur n'est déployé dans le cercle Niono (ML0404, région Ségou)"), text);
    }

    private static List<DeploymentListLine> lines() {
        return List.of(
                new DeploymentListLine("ML04", "Ségou", "ML0401", "Ségou", 1214, "POLLING_STATION",
                        "ML04010101-001-01", "École de Pélengana", "100017", "Maïga", "Aïssata", "SHORT_TERM",
                        "Tuwindi", "+22376000001"),
                new DeploymentListLine("ML04", "Ségou", "ML0401", "Ségou", 1214, "POLLING_STATION",
                        "ML04010101-001-02", "École de Pélengana", "100021", "Coulibaly", "Fanta", "SHORT_TERM",
                        "Tuwindi", "+22376000002"),
                new DeploymentListLine("ML04", "Ségou", "ML0401", "Ségou", 1214, "ADMIN_UNIT", "ML0401", "Ségou",
                        "100058", "Diarra", "Oumar", "LONG_TERM", "AJCAD", null),
                new DeploymentListLine("ML06", "Tombouctou", "ML0603", "Goundam", 310, "POLLING_STATION",
                        "ML06030101-002-01", "Centre de Goundam", "100025", "Traoré", "Sékou", "SHORT_TERM", "AJCAD",
                        "+22366000003"));
    }

    private String pdfText(List<DeploymentListLine> lines, boolean withPhones, Locale locale) throws Exception {
        return pdfText(lines, DeploymentListScope.ALL, withPhones, locale);
    }

    private String pdfText(List<DeploymentListLine> lines, DeploymentListScope scope, boolean withPhones,
                           Locale locale) throws Exception {
        Path pdf = folder.resolve("deployment-" + withPhones + "-" + locale.getLanguage() + ".pdf");
        Files.write(pdf, new DeploymentListReport(new ReportRenderer()).pdf("Référendum constitutionnel du 18 juin 2023",
                scope, lines, withPhones, locale, PRINTED));
        return run("pdftotext", "-layout", pdf.toString(), "-").replace('\u00A0', ' ');
    }

    /** Joins the lines of a wrapped paragraph and the columns of a line, as pdftotext lays them out. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
