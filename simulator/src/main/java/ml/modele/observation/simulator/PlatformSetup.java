package ml.modele.observation.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.infrastructure.imports.DemoObserverRoster;
import ml.modele.observation.simulator.DayPlanner.DeployedObserver;

/**
 * Prepares the election day through the platform's REST API, as the secretariat and the analysts
 * would: imports the observer workbook, accredits the OCT, draws and seals the PVT sample, and
 * deploys the OCT to the sampled stations first, then to other stations of their commune.
 * Each step that is already done (a re-run against the same platform) changes nothing.
 */
final class PlatformSetup {

    private static final Logger LOG = Logger.getLogger(PlatformSetup.class.getName());
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int BULK_SIZE = 500;
    private static final int PARALLEL_REQUESTS = 4;

    /** Outcome of the set-up: the election, each OCT's station, the sample and the time of each step. */
    record Prepared(long electionId, List<DeployedObserver> deployed, Set<String> sampledStations,
            Map<String, Double> stepSeconds) {
    }

    private final PlatformClient platform;
    private final SimulatorOptions options;
    private final Map<String, Double> stepSeconds = new LinkedHashMap<>();

    PlatformSetup(PlatformClient platform, SimulatorOptions options) {
        this.platform = platform;
        this.options = options;
    }

    /** Runs every step on the demonstration referendum and returns where each OCT is deployed. */
    Prepared run(List<PollingStation> frame, List<String> communeCodes) throws IOException, InterruptedException {
        long electionId = timed("wait for the default data", () -> awaitDefaultData());
        List<ObserverDetails> roster = DemoObserverRoster.generate(communeCodes, DemoObserverRoster.Settings.DEMO);
        timed("import the observer workbook", () -> importRoster(roster));
        List<ObserverDetails> octs = roster.stream()
                .filter(observer -> observer.category() == ObserverCategory.SHORT_TERM)
                .limit(options.observers()).toList();
        List<String> codes = octs.stream().map(ObserverDetails::code).toList();
        timed("accredit the OCT", () -> accredit(electionId, codes));
        List<String> sampled = timed("draw and seal the PVT sample", () -> sample(electionId));
        Map<String, String> stationOf = assignStations(octs, sampled, frame);
        Map<String, String> toDeploy = new LinkedHashMap<>(stationOf);
        if (options.deploySampledOnly()) {
            Set<String> sampledSet = new HashSet<>(sampled);
            toDeploy.values().removeIf(station -> !sampledSet.contains(station));
        }
        timed("deploy the OCT", () -> deploy(electionId, toDeploy));

        List<DeployedObserver> deployed = new ArrayList<>();
        for (ObserverDetails oct : octs) {
            String station = stationOf.get(oct.code());
            if (station != null) {
                deployed.add(new DeployedObserver(oct.code(), oct.phones().get(0), station));
            }
        }
        return new Prepared(electionId, deployed, new HashSet<>(sampled), stepSeconds);
    }

    /** Waits until the first start has loaded the map and the demonstration referendum, and returns its id. */
    private long awaitDefaultData() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            // The summary is 404 until the first start has stored a map version.
            HttpResponse<String> summary = platform.getResponse("map/summary");
            int stations = summary.statusCode() == 200
                    ? PlatformClient.json(summary.body()).asJsonObject().getInt("stations", 0) : 0;
            JsonArray elections = platform.get("elections").asJsonArray();
            if (stations == MaliFrameGenerator.STATION_COUNT && !elections.isEmpty()) {
                return referendumId(elections);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The platform has " + stations + " stations and " + elections.size()
                        + " elections after 5 minutes; the simulator needs the generated frame of "
                        + MaliFrameGenerator.STATION_COUNT + " stations and the demonstration referendum");
            }
            TimeUnit.SECONDS.sleep(2);
        }
    }

    private static long referendumId(JsonArray elections) {
        for (JsonValue value : elections) {
            JsonObject election = value.asJsonObject();
            if ("REFERENDUM".equals(election.getString("type")) && election.getString("date").startsWith("2023-06-18")) {
                return election.getJsonNumber("id").longValue();
            }
        }
        throw new IllegalStateException("No referendum of 2023-06-18 among the platform's elections");
    }

    /**
     * Imports the roster through the normal import. The demonstration mode imports the same
     * roster at first start, so this waits for that import first and then changes nothing.
     */
    private Void importRoster(List<ObserverDetails> roster) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (platform.get("observers/counts").asJsonObject().getInt("total") < roster.size()
                && System.nanoTime() < deadline) {
            TimeUnit.SECONDS.sleep(2);
        }
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        DemoObserverRoster.writeXlsx(roster, workbook);
        JsonValue outcome = platform.postFile("observers/import?name=observateurs-simulation.xlsx",
                workbook.toByteArray(), XLSX);
        LOG.info("Observer workbook imported: " + outcome);
        return null;
    }

    private Void accredit(long electionId, List<String> codes) throws IOException, InterruptedException {
        HttpResponse<String> session = platform.postForm("accreditation/" + electionId + "/sessions", Map.of(
                "level", List.of("LOCAL"), "date", List.of(LocalDate.of(2023, 6, 10).toString()),
                "place", List.of("Simulation"), "trainer", List.of("Simulateur")));
        check(session, "create a training session");
        String sessionId = PlatformClient.json(session.body()).asJsonObject().getJsonNumber("id").toString();

        for (String step : List.of("TRAINED", "CODE_SIGNED", "REQUESTED", "ACCREDITED")) {
            int moved = 0;
            int rejected = 0;
            for (int from = 0; from < codes.size(); from += BULK_SIZE) {
                List<String> chunk = codes.subList(from, Math.min(codes.size(), from + BULK_SIZE));
                Map<String, List<String>> fields = new LinkedHashMap<>();
                fields.put("step", List.of(step));
                fields.put("observer", chunk);
                if ("TRAINED".equals(step)) {
                    fields.put("session", List.of(sessionId));
                }
                if ("ACCREDITED".equals(step)) {
                    fields.put("badge", chunk.stream().map(code -> "SIM-" + code).toList());
                }
                HttpResponse<String> response = platform.postForm("accreditation/" + electionId + "/step", fields);
                check(response, "take the step " + step);
                JsonObject outcome = PlatformClient.json(response.body()).asJsonObject();
                moved += outcome.containsKey("moved") ? outcome.getJsonArray("moved").size() : 1;
                rejected += outcome.containsKey("rejected") ? outcome.getJsonArray("rejected").size() : 0;
            }
            // A re-run finds the steps taken: those rejections are expected.
            LOG.info("Accreditation step " + step + ": " + moved + " moved, " + rejected + " rejected");
        }
        return null;
    }

    /** Returns the sampled station codes, drawing and sealing the sample when the election has none sealed. */
    private List<String> sample(long electionId) throws IOException, InterruptedException {
        HttpResponse<String> existing = platform.getResponse("pvt/sample/" + electionId);
        JsonObject sample = existing.statusCode() == 200 ? PlatformClient.json(existing.body()).asJsonObject() : null;
        if (sample == null || !"SEALED".equals(sample.getString("status"))) {
            HttpResponse<String> drawn = platform.postForm("pvt/draw/" + electionId, Map.of(
                    "scheme", List.of("REGION"), "allocation", List.of("PROPORTIONAL_TO_STATIONS"),
                    "sizeMode", List.of("GIVEN"), "size", List.of(Integer.toString(options.sampleSize())),
                    "seed", List.of(Long.toString(options.seed()))));
            check(drawn, "draw the PVT sample");
            HttpResponse<String> sealed = platform.postForm("pvt/seal/" + electionId, Map.of());
            check(sealed, "seal the PVT sample");
            sample = PlatformClient.json(sealed.body()).asJsonObject();
        }
        return sample.getJsonArray("sampled").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    /**
     * Chooses a station for each OCT. Every sampled station first gets an OCT of its commune, else
     * of its cercle, else of its région. The other OCT go to unobserved stations of their commune.
     */
    static Map<String, String> assignStations(List<ObserverDetails> octs, List<String> sampled,
                                              List<PollingStation> frame) {
        Map<String, Deque<String>> freeByArea = new HashMap<>();
        for (ObserverDetails oct : octs) {
            String commune = oct.communeCode();
            for (String area : List.of(commune, commune.substring(0, 6), commune.substring(0, 4))) {
                freeByArea.computeIfAbsent(area, key -> new ArrayDeque<>()).add(oct.code());
            }
        }
        Map<String, String> stationOf = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String station : sampled) {
            String commune = station.substring(0, 8);
            for (String area : List.of(commune, commune.substring(0, 6), commune.substring(0, 4))) {
                String observer = nextFree(freeByArea.get(area), stationOf);
                if (observer != null) {
                    stationOf.put(observer, station);
                    taken.add(station);
                    break;
                }
            }
        }

        Map<String, Deque<String>> openStationsByCommune = new HashMap<>();
        for (PollingStation station : frame) {
            if (!taken.contains(station.code())) {
                openStationsByCommune.computeIfAbsent(station.code().substring(0, 8), key -> new ArrayDeque<>())
                        .add(station.code());
            }
        }
        for (ObserverDetails oct : octs) {
            Deque<String> open = openStationsByCommune.get(oct.communeCode());
            if (!stationOf.containsKey(oct.code()) && open != null && !open.isEmpty()) {
                stationOf.put(oct.code(), open.poll());
            }
        }
        return stationOf;
    }

    private static String nextFree(Deque<String> candidates, Map<String, String> stationOf) {
        if (candidates == null) {
            return null;
        }
        while (!candidates.isEmpty()) {
            String candidate = candidates.poll();
            if (!stationOf.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private Void deploy(long electionId, Map<String, String> stationOf) throws InterruptedException, IOException {
        // TODO: deployment has no bulk REST path, so each OCT takes one request (a few in parallel), which
        // took about 0.5 s per OCT on a 2-core machine under a load average of 18.
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        AtomicInteger failures = new AtomicInteger();
        List<String> firstFailures = new ArrayList<>();
        List<Future<?>> requests = new ArrayList<>();
        for (Map.Entry<String, String> entry : stationOf.entrySet()) {
            requests.add(pool.submit(() -> {
                HttpResponse<String> response = platform.postForm("deployment/" + electionId + "/assign", Map.of(
                        "observer", List.of(entry.getKey()), "kind", List.of("POLLING_STATION"),
                        "place", List.of(entry.getValue())));
                if (response.statusCode() != 200 && failures.incrementAndGet() <= 3) {
                    synchronized (firstFailures) {
                        firstFailures.add(entry.getKey() + " to " + entry.getValue() + ": " + response.statusCode()
                                + " " + PlatformClient.abbreviate(response.body()));
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> request : requests) {
                request.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Deployment request failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        if (failures.get() > 0) {
            throw new IOException(failures.get() + " deployments rejected, first ones: " + firstFailures);
        }
        LOG.info(stationOf.size() + " OCT deployed for election " + electionId);
        return null;
    }

    private static void check(HttpResponse<String> response, String action) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException("Failed to " + action + ": status " + response.statusCode() + ", "
                    + PlatformClient.abbreviate(response.body()));
        }
    }

    private interface Step<T> {
        T run() throws IOException, InterruptedException;
    }

    private <T> T timed(String name, Step<T> step) throws IOException, InterruptedException {
        long start = System.nanoTime();
        T result = step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        stepSeconds.put(name, seconds);
        LOG.info(String.format("Set-up step \"%s\" took %.1f s", name, seconds));
        return result;
    }
}
