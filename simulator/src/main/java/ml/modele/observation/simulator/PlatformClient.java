package ml.modele.observation.simulator;

import java.io.IOException;
import java.io.StringReader;
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
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/** The platform's REST API under {@code /api}, authenticated with HTTP Basic. */
public final class PlatformClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    public PlatformClient(URI platform, String user, String password) {
        this.base = platform.resolve("api/");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the JSON of a GET; fails on any status but 200. */
    public JsonValue get(String path) throws IOException, InterruptedException {
        return json(send(request(path).GET().build(), path));
    }

    /** Returns the status and body of a GET, whatever the status. */
    public HttpResponse<String> getResponse(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts form fields (a list value repeats the field) and returns the status and body. */
    public HttpResponse<String> postForm(String path, Map<String, List<String>> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a file as the request body and returns the JSON answer; fails on any status but 200. */
    public JsonValue postFile(String path, byte[] content, String type) throws IOException, InterruptedException {
        return json(send(request(path).header("Content-Type", type)
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
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private String send(HttpRequest request, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Request " + request.method() + " /api/" + path + " failed with status "
                    + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return response.body();
    }

    static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
