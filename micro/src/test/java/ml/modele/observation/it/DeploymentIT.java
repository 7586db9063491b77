package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accreditation and deployment on Payara Micro with the embedded MariaDB, on the demonstration
 * observers and the generated map of the first start. It covers skipped steps, bulk steps,
 * replacement with history, inaccessible stations, and the badge PDF with its QR code and public
 * verification page. The methods run in order on the same observers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeploymentIT {

    private static final String DEMO_PASSWORD = "Demo-IT-2026";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /** Five OCT of the demonstration roster, the same for every method. */
    private static List<String> observers;
    private static long election;

    @ArquillianResource
    private URL deploymentUrl;

    private URI base;

    @BeforeEach
    void loopbackAddresses() throws Exception {
        base = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
        if (observers == null) {
            waitForDemoObservers();
            observers = texts("SELECT code FROM observer WHERE category = 'SHORT_TERM' ORDER BY code LIMIT 5");
            election = count("SELECT MIN(id) FROM election");
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    @Test
    @Order(1)
    void workflowRejectsSkippedStep() throws Exception {
        WebSession secretariat = login("secretariat");
        String observer = observers.get(0);

        HttpResponse<String> response = form(secretariat, "api/accreditation/" + election + "/step",
                Map.of("step", "REQUESTED", "observer", observer));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("Observateur " + observer), response.body());
        assertTrue(response.body().contains("étape actuelle « candidat »"), response.body());
        assertTrue(response.body().contains("L'étape « code de conduite signé » doit être franchie avant"
                + " « demande transmise à l'AIGE »"), response.body());
        assertEquals(0, count("SELECT COUNT(*) FROM accreditation"));
    }

    @Test
    @Order(2)
    void bulkStepMovesWhoCanAndListsTheOthers() throws Exception {
        WebSession secretariat = login("secretariat");
        HttpResponse<String> session = form(secretariat, "api/accreditation/" + election + "/sessions", Map.of(
                "level", "LOCAL", "date", "2023-06-10", "place", "Sévaré, salle de la mairie",
                "trainer", "Fatoumata Maïga", "region", "ML05"));
        assertEquals(200, session.statusCode(), session.body());
        Matcher id = ID.matcher(session.body());
        assertTrue(id.find(), session.body());
        String sessionId = id.group(1);

        HttpResponse<String> single = form(secretariat, "api/accreditation/" + election + "/step",
                Map.of("step", "TRAINED", "observer", observers.get(0), "session", sessionId));
        assertEquals(200, single.statusCode(), single.body());

        HttpResponse<String> bulk = steps(secretariat, "TRAINED", observers.subList(0, 3), "session=" + sessionId);

        assertEquals(200, bulk.statusCode(), bulk.body());
        assertTrue(bulk.body().contains("\"moved\":[\"" + observers.get(1) + "\",\"" + observers.get(2) + "\"]"),
                bulk.body());
        assertTrue(bulk.body().contains("est déjà à l'étape « formé »"), bulk.body());
        assertTrue(bulk.body().contains("\"observer\":\"" + observers.get(0) + "\""), bulk.body());
        assertEquals(3, count("SELECT COUNT(*) FROM accreditation WHERE step = 'TRAINED' AND training_session_id = "
                + sessionId));

        for (String step : List.of("CODE_SIGNED", "REQUESTED")) {
            HttpResponse<String> next = steps(secretariat, step, observers.subList(0, 3), null);
            assertEquals(200, next.statusCode(), next.body());
            assertTrue(next.body().contains("\"rejected\":[]"), next.body());
        }
        assertEquals(3, count("SELECT COUNT(*) FROM accreditation WHERE step = 'REQUESTED'"));
        assertEquals(9, count("SELECT COUNT(*) FROM accreditation_step"));
        assertEquals(9, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCREDITATION_STEP'"
                + " AND actor = 'secretariat'"));
    }

    @Test
    @Order(3)
    void replacementKeepsHistoryAndMovesStation() throws Exception {
        WebSession secretariat = login("secretariat");
        String station = text("SELECT code FROM polling_station WHERE security_status = 'ACCESSIBLE'"
                + " AND retired = FALSE ORDER BY code LIMIT 1");
        String leaving = observers.get(0);
        String replacement = observers.get(1);

        HttpResponse<String> assigned = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", leaving, "kind", "POLLING_STATION", "place", station));
        assertEquals(200, assigned.statusCode(), assigned.body());
        HttpResponse<String> reserve = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", replacement, "kind", "RESERVE"));
        assertEquals(200, reserve.statusCode(), reserve.body());
        assertTrue(secretariat.get("api/deployment/" + election + "/observers/" + leaving).body()
                .contains("\"station\":\"" + station + "\""));

        HttpResponse<String> replaced = form(secretariat, "api/deployment/" + election + "/replace",
                Map.of("leaving", leaving, "replacement", replacement, "note", "Malade le jour du scrutin"));

        assertEquals(200, replaced.statusCode(), replaced.body());
        String leavingHistory = secretariat.get("api/deployment/" + election + "/observers/" + leaving).body();
        assertTrue(leavingHistory.contains("\"station\":null"), leavingHistory);
        assertTrue(leavingHistory.contains("\"endReason\":\"REPLACED\",\"replacedBy\":\"" + replacement + "\""),
                leavingHistory);
        String replacementHistory = secretariat.get("api/deployment/" + election + "/observers/" + replacement)
                .body();
        assertTrue(replacementHistory.contains("\"station\":\"" + station + "\""), replacementHistory);
        assertTrue(replacementHistory.contains("\"kind\":\"RESERVE\""), replacementHistory);
        assertTrue(replacementHistory.contains("\"endReason\":\"LEFT_RESERVE\""), replacementHistory);
        assertEquals(3, count("SELECT COUNT(*) FROM deployment"));
        assertEquals(1, count("SELECT COUNT(*) FROM deployment WHERE ended_at IS NULL AND place_code = '"
                + station + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OBSERVER_REPLACED'"));
    }

    @Test
    @Order(4)
    void inaccessibleStationGetsNoDeployment() throws Exception {
        WebSession secretariat = login("secretariat");
        String station = text("SELECT code FROM polling_station WHERE retired = FALSE ORDER BY code DESC LIMIT 1");
        // The map screen sets the security status; the test writes it directly to stay on deployment.
        update("UPDATE polling_station SET security_status = 'INACCESSIBLE' WHERE code = '" + station + "'");

        HttpResponse<String> rejected = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", observers.get(3), "kind", "POLLING_STATION", "place", station));

        assertEquals(422, rejected.statusCode(), rejected.body());
        assertTrue(rejected.body().contains("Le bureau de vote " + station + " est marqué inaccessible"),
                rejected.body());
        assertEquals(0, count("SELECT COUNT(*) FROM deployment WHERE place_code = '" + station + "'"));
    }

    @Test
    @Order(5)
    void badgeCarriesNameNumberAndVerificationUrl() throws Exception {
        WebSession secretariat = login("secretariat");
        String observer = observers.get(1);
        String badgeNumber = "AIGE-2023-0417";
        HttpResponse<String> accredited = form(secretariat, "api/accreditation/" + election + "/step",
                Map.of("step", "ACCREDITED", "observer", observer, "badge", badgeNumber));
        assertEquals(200, accredited.statusCode(), accredited.body());

        Path pdf = Files.createTempFile("badge-", ".pdf");
        HttpResponse<Path> download = secretariat.download("api/accreditation/" + election + "/badge/" + observer,
                pdf);
        assertEquals(200, download.statusCode());
        String text = run("pdftotext", "-layout", pdf.toString(), "-");

        String name = text("SELECT CONCAT(first_name, ' ', last_name) FROM observer WHERE code = '" + observer + "'");
        assertTrue(text.contains(name), text);
        assertTrue(text.contains(badgeNumber), text);
        assertTrue(text.contains("Observateur électoral accrédité"), text);
        assertTrue(text.contains("Référendum constitutionnel du 18 juin 2023"), text);
        assertTrue(text.contains("Bureau de vote"), text);

        String code = text("SELECT verification_code FROM accreditation WHERE badge_number = '" + badgeNumber + "'");
        String url = decodeQr(pdf);
        assertEquals("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/verify/" + code, url);

        HttpResponse<String> valid = anonymous(url);
        assertEquals(200, valid.statusCode(), valid.body());
        assertTrue(valid.body().contains("Badge valide"), valid.body());
        assertTrue(valid.body().contains(badgeNumber), valid.body());
        assertTrue(!valid.body().contains(observer), valid.body());

        HttpResponse<String> unknown = anonymous(base + "verify/" + "0".repeat(code.length()));
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("Badge invalide"), unknown.body());
    }

    @Test
    @Order(6)
    void badgeOfUnaccreditedObserverIsRejected() throws Exception {
        WebSession secretariat = login("secretariat");

        HttpResponse<String> response = secretariat.get("api/accreditation/" + election + "/badge/"
                + observers.get(2));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("n'est pas accrédité"), response.body());
    }

    private HttpResponse<String> steps(WebSession session, String step, List<String> codes, String extra)
            throws Exception {
        List<String> fields = new ArrayList<>();
        fields.add("step=" + step);
        codes.forEach(code -> fields.add("observer=" + code));
        if (extra != null) {
            fields.add(extra);
        }
        return session.postForm("api/accreditation/" + election + "/step", String.join("&", fields));
    }

    private static HttpResponse<String> form(WebSession session, String path, Map<String, String> fields)
            throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.postForm(path, body);
    }

    private static HttpResponse<String> anonymous(String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Rasterises the first page with pdftoppm and decodes the QR code on it with ZXing. The
     * detector can miss the symbol at one resolution and find it at another, so a few are tried,
     * without anti-aliasing, which blurs the module edges.
     */
    static String decodeQr(Path pdf) throws Exception {
        NotFoundException notFound = null;
        for (String dpi : new String[] {"300", "200", "150"}) {
            Path folder = Files.createTempDirectory("badge-page");
            run("pdftoppm", "-r", dpi, "-aa", "no", "-aaVector", "no", "-png", "-f", "1", "-l", "1",
                    pdf.toString(), folder.resolve("page").toString());
            File page;
            try (var files = Files.list(folder)) {
                page = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow().toFile();
            }
            BufferedImage image = ImageIO.read(page);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (NotFoundException | ChecksumException | FormatException e) {
                    notFound = NotFoundException.getNotFoundInstance();
                }
            }
        }
        throw notFound;
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private WebSession login(String username) throws Exception {
        WebSession session = new WebSession(base);
        assertEquals(302, session.login(username, DEMO_PASSWORD).statusCode(), "login of " + username);
        return session;
    }

    private static void waitForDemoObservers() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (count("SELECT COUNT(*) FROM election") > 0 && count("SELECT COUNT(*) FROM observer") >= 75) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The demonstration observers did not load within 5 minutes");
    }

    private static long count(String sql) throws Exception {
        String value = text(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String text(String sql) throws Exception {
        List<String> values = texts(sql);
        assertNotNull(values.isEmpty() ? null : values, "no row for " + sql);
        return values.get(0);
    }

    /** Reads values straight from MariaDB, past JPA and the screens. */
    private static List<String> texts(String sql) throws Exception {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void update(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Connection connect() throws Exception {
        Path dbDir = Path.of(System.getProperty("it.db.dir"));
        String port = Files.readString(dbDir.resolve("port")).trim();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/observation", "root", "");
    }
}
