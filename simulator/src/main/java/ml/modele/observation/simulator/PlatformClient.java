package ml.modele.observation.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * The platform's REST API under {@code /api}. Requests use HTTP Basic until {@link #logIn()} has
 * opened a session through the login page, and that session afterwards. The platform checks a
 * Basic password with PBKDF2 on every request, which took 0.3 to 0.4 s on a loaded 2-core
 * machine. A request in a session skips that check (0.03 to 0.17 s), and the deployment sends
 * thousands of requests.
 */
public final class PlatformClient {

    private static final Logger LOG = Logger.getLogger(PlatformClient.class.getName());
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI platform;
    private final URI base;
    private final String user;
    private final String password;
    private final String authorization;
    private volatile boolean inSession;

    public PlatformClient(URI platform, String user, String password) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER)).build();
        this.platform = platform;
        this.base = platform.resolve("api/");
        this.user = user;
        this.password = password;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Logs in through the login page as a user of the screens does, so that later requests use
     * the session cookie instead of HTTP Basic.
     *
     * @throws IOException when the page has no form state or the platform rejects the password
     */
    public synchronized void logIn() throws IOException, InterruptedException {
        URI loginPage = platform.resolve("login.xhtml");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(loginPage).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !viewState.find()) {
            throw new IOException("The login page " + loginPage + " returned status " + page.statusCode()
                    + " without a form state; check --platform");
        }
        String form = formBody(Map.of("login", List.of("login"), "login:username", List.of(user),
                "login:password", List.of(password), "login:submit", List.of(""),
                "jakarta.faces.ViewState", List.of(viewState.group(1))));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(loginPage).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        // A successful login redirects to the home page; a rejected one shows the login page again.
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IOException("The platform rejected the login of " + user + " (status " + answer.statusCode()
                    + "); check --admin-user and --admin-password");
        }
        inSession = true;
        LOG.info("Logged in to " + platform + " as " + user);
    }

    /** Returns the JSON of a GET; fails on any status but 200. */
    public JsonValue get(String path) throws IOException, InterruptedException {
        return json(send(() -> request(path).GET().build(), path));
    }

    /** Returns the status and body of a GET, whatever the status. */
    public HttpResponse<String> getResponse(String path) throws IOException, InterruptedException {
        return exchange(() -> request(path).GET().build());
    }

    /** Posts form fields (a list value repeats the field) and returns the status and body. */
    public HttpResponse<String> postForm(String path, Map<String, List<String>> fields)
            throws IOException, InterruptedException {
        String body = formBody(fields);
        return exchange(() -> request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts form fields and returns the JSON response. Throws IOException on any status but 200. */
    public JsonValue post(String path, Map<String, List<String>> fields) throws IOException, InterruptedException {
        String body = formBody(fields);
        return json(send(() -> request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), path));
    }

    /** Returns the body of a GET that accepts {@code type}, such as a PDF; fails on any status but 200. */
    public byte[] getBytes(String path, String type) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path).setHeader("Accept", type).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("Request GET /api/" + path + " failed with status " + response.statusCode() + ": "
                    + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
        }
        return response.body();
    }

    /** Posts a file as the request body and returns the JSON response. Throws IOException on any status but 200. */
    public JsonValue postFile(String path, byte[] content, String type) throws IOException, InterruptedException {
        return json(send(() -> request(path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), path));
    }

    /** Parses a JSON body. */
    public static JsonValue json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonStructure structure = reader.read();
            return structure;
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        return inSession ? request : request.header("Authorization", authorization);
    }

    private String send(RequestFactory request, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new IOException("Request " + response.request().method() + " /api/" + path
                    + " failed with status " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return response.body();
    }

    /** Sends a request; when the session has expired (a redirect to the login page), logs in again and resends it. */
    private HttpResponse<String> exchange(RequestFactory request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean toLogin = response.statusCode() == 302 && response.headers().firstValue("Location")
                .filter(location -> location.contains("login.xhtml")).isPresent();
        if (inSession && toLogin) {
            LOG.info("The platform's session expired; logging in again");
            logIn();
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static String formBody(Map<String, List<String>> fields) {
        return fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    /** Builds a request anew, so that a resent one carries the new session cookie. */
    private interface RequestFactory {
        HttpRequest build();
    }

    static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
