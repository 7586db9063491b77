package ml.modele.observation.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Samples the platform's used heap every half second from Payara's MicroProfile Metrics endpoint
 * ({@code /metrics/base}, key {@code memory.usedHeap}) and keeps the largest value. The peak
 * between two samples is missed, so the figure is a lower bound of the true peak.
 */
final class HeapSampler implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HeapSampler.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong peakBytes = new AtomicLong(-1);
    private final URI metrics;

    HeapSampler(URI platform) {
        this.metrics = platform.resolve("/metrics/base");
        timer.scheduleWithFixedDelay(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** Returns the largest used heap sampled in bytes, or -1 when the endpoint gave none. */
    long peakBytes() {
        return peakBytes.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void sample() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(2))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return;
            }
            JsonObject json = PlatformClient.json(response.body()).asJsonObject();
            for (Map.Entry<String, JsonValue> entry : json.entrySet()) {
                if (entry.getKey().startsWith("memory.usedHeap") && entry.getValue().getValueType() == JsonValue.ValueType.NUMBER) {
                    long used = json.getJsonNumber(entry.getKey()).longValue();
                    peakBytes.accumulateAndGet(used, Math::max);
                }
            }
        } catch (Exception e) {
            LOG.fine(() -> "Heap sample from " + metrics + " failed: " + e);
        }
    }
}
