package ml.modele.observation.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Samples the platform's used heap every half second from Payara's MicroProfile Metrics endpoint
 * and keeps the largest value. Payara Micro 6.2025.10 serves Metrics 5 in the Prometheus text
 * format only, at {@code /metrics?scope=base}, line {@code memory_usedHeap_bytes{mp_scope="base"}}.
 * The peak between two samples is missed, so the figure is a lower bound of the true peak.
 */
final class HeapSampler implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HeapSampler.class.getName());
    private static final String USED_HEAP = "memory_usedHeap_bytes";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong peakBytes = new AtomicLong(-1);
    private final AtomicInteger samples = new AtomicInteger();
    private final URI metrics;

    HeapSampler(URI platform) {
        this.metrics = platform.resolve("/metrics?scope=base");
        timer.scheduleWithFixedDelay(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** Returns the largest used heap sampled in bytes, or -1 when the endpoint gave none. */
    long peakBytes() {
        return peakBytes.get();
    }

    /** Returns the samples taken so far. */
    int samples() {
        return samples.get();
    }

    /** Returns the used heap in bytes from a Prometheus text page of MicroProfile Metrics 5, or -1 when absent. */
    static long usedHeapBytes(String metricsPage) {
        for (String line : metricsPage.split("\n")) {
            if (line.startsWith(USED_HEAP) && (line.length() == USED_HEAP.length()
                    || line.charAt(USED_HEAP.length()) == '{' || line.charAt(USED_HEAP.length()) == ' ')) {
                String value = line.substring(line.lastIndexOf(' ') + 1);
                return (long) Double.parseDouble(value);
            }
        }
        return -1;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void sample() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(2))
                    .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
            long used = response.statusCode() == 200 ? usedHeapBytes(response.body()) : -1;
            if (used >= 0) {
                peakBytes.accumulateAndGet(used, Math::max);
                samples.incrementAndGet();
            }
        } catch (Exception e) {
            LOG.fine(() -> "Heap sample from " + metrics + " failed: " + e);
        }
    }
}
