package ml.modele.observation.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
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

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.FormSetImportException;
import ml.modele.observation.domain.form.FormSetJson;
import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.infrastructure.imports.DemoObserverRoster;
import ml.modele.observation.simulator.DayPlanner.DeployedObserver;

/**
 * Prepares the election day through the platform's REST API, as the secretariat and the analysts
 * would: imports the observer workbook, accredits the OCT, draws and seals the PVT sample, and
 * deploys the OCT to the sampled stations first (the bulk path of the deployment screen), then
 * each other OCT to a station of their commune.
 * Each step that is already done (a re-run against the same platform) changes nothing.
 */
final class PlatformSetup {

    private static final Logger LOG = Logger.getLogger(PlatformSetup.class.getName());
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int BULK_SIZE = 500;
    private static final int PARALLEL_REQUESTS = 4;

    /**
     * Outcome of the set-up: the election, each OCT's station, the sample and the time of each step.
     * {@code othersAtSampledStations} counts the OCT outside {@code --observers} that the bulk path
     * deployed to sampled stations; they do not text.
     */
    record Prepared(long electionId, List<DeployedObserver> deployed, Set<String> sampledStations,
            int othersAtSampledStations, Map<String, Double> stepSeconds) {
    }

    private final PlatformClient platform;
    private final SimulatorOptions options;
    private final Map<String, Double> stepSeconds = new LinkedHashMap<>();
    private int othersAtSampledStations;

    PlatformSetup(PlatformClient platform, SimulatorOptions options) {
        this.platform = platform;
        this.options = options;
    }

    /** Runs every step on the demonstration referendum and returns where each OCT is deployed. */
    Prepared run(List<PollingStation> frame, List<String> communeCodes) throws IOException, InterruptedException {
        long electionId = timed("wait for the default data", () -> awaitDefaultData());
        platform.logIn();
        checkReferendumForms(electionId);
        List<ObserverDetails> roster = DemoObserverRoster.generate(communeCodes, DemoObserverRoster.Settings.DEMO);
        timed("import the observer workbook", () -> importRoster(roster));
        List<ObserverDetails> octs = roster.stream()
                .filter(observer -> observer.category() == ObserverCategory.SHORT_TERM)
                .limit(options.observers()).toList();
        List<String> codes = octs.stream().map(ObserverDetails::code).toList();
        timed("accredit the OCT", () -> accredit(electionId, codes));
        List<String> sampled = timed("draw and seal the PVT sample", () -> sample(electionId));
        Map<String, String> stationOf = timed("deploy the OCT to the sampled stations",
                () -> deploySampleFirst(electionId, octs));
        timed("deploy the other OCT in their commune", () -> deployInHomeCommunes(electionId, octs, stationOf,
                new HashSet<>(sampled), frame));

        List<DeployedObserver> deployed = new ArrayList<>();
        for (ObserverDetails oct : octs) {
            String station = stationOf.get(oct.code());
            if (station != null) {
                deployed.add(new DeployedObserver(oct.code(), oct.phones().get(0), station));
            }
        }
        return new Prepared(electionId, deployed, new HashSet<>(sampled), othersAtSampledStations, stepSeconds);
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

    /**
     * Checks that the referendum still has the default referendum forms, because the day planner
     * writes every SMS in their codes (E for OUI, F for NON on the result sheet).
     */
    private void checkReferendumForms(long electionId) throws IOException, InterruptedException {
        HttpResponse<String> exported = platform.getResponse("forms/" + electionId);
        if (exported.statusCode() != 200) {
            throw new IOException("Reading the forms of election " + electionId + " failed with status "
                    + exported.statusCode() + "; give the simulator's user the administrator or technical"
                    + " coordinator role");
        }
        FormSet forms;
        try {
            forms = FormSetJson.read(new StringReader(exported.body()));
        } catch (FormSetImportException e) {
            throw new IOException("The forms of election " + electionId + " are unreadable: " + e.problems(), e);
        }
        if (!forms.equals(DefaultFormSets.referendum())) {
            throw new IllegalStateException("The forms of election " + electionId + " differ from the default"
                    + " referendum forms that the simulator writes its SMS in; run it on a fresh platform");
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
     * Staffs the sampled stations through the platform's bulk path (the deployment screen's
     * "one OCT in each sampled station", which matches OCT by home commune, cercle, then région),
     * and returns the station of each of these OCT that is deployed to one. When the sample was
     * already staffed (a re-run against the same platform), the OCT's stations are read back.
     */
    private Map<String, String> deploySampleFirst(long electionId, List<ObserverDetails> octs)
            throws IOException, InterruptedException {
        HttpResponse<String> response = platform.postForm("deployment/" + electionId + "/sample-first", Map.of());
        check(response, "deploy the OCT to the sampled stations");
        JsonObject outcome = PlatformClient.json(response.body()).asJsonObject();
        Set<String> played = new HashSet<>();
        octs.forEach(oct -> played.add(oct.code()));

        Map<String, String> stationOf = new LinkedHashMap<>();
        for (JsonValue value : outcome.getJsonArray("deployed")) {
            JsonObject deployment = value.asJsonObject();
            if (played.contains(deployment.getString("observerCode"))) {
                stationOf.put(deployment.getString("observerCode"), deployment.getString("stationCode"));
            } else {
                othersAtSampledStations++;
            }
        }
        int alreadyCovered = outcome.getInt("alreadyCovered");
        if (alreadyCovered > 0) {
            stationOf.putAll(readStations(electionId, octs));
        }
        LOG.info("Sampled stations of election " + electionId + ": " + outcome.getInt("sampledStations")
                + " sampled, " + alreadyCovered + " already covered, " + outcome.getJsonArray("deployed").size()
                + " deployed now, " + outcome.getJsonArray("unfilled").size() + " without an observer");
        return stationOf;
    }

    /** Reads the station where each OCT is deployed, one request each; OCT without a station are left out. */
    private Map<String, String> readStations(long electionId, List<ObserverDetails> octs)
            throws IOException, InterruptedException {
        Map<String, String> stationOf = new ConcurrentHashMap<>();
        inParallel(octs.stream().map(ObserverDetails::code).toList(), code -> {
            JsonObject deployment = platform.get("deployment/" + electionId + "/observers/" + code).asJsonObject();
            if (deployment.get("station") instanceof JsonString station) {
                stationOf.put(code, station.getString());
            }
            return null;
        });
        return stationOf;
    }

    /**
     * Deploys each OCT that has no station yet to a free station of their home commune, one
     * request each through the same path as the deployment screen's form, and adds them to
     * {@code stationOf}. Sampled stations are left to the bulk path. An OCT whose commune has no
     * free station left stays undeployed and does not text.
     */
    private Void deployInHomeCommunes(long electionId, List<ObserverDetails> octs, Map<String, String> stationOf,
                                      Set<String> sampled, List<PollingStation> frame)
            throws IOException, InterruptedException {
        Map<String, String> toDeploy = stationsInHomeCommunes(octs, stationOf, sampled, frame);
        List<String> rejections = new ArrayList<>();
        AtomicInteger rejected = new AtomicInteger();
        inParallel(List.copyOf(toDeploy.entrySet()), entry -> {
            HttpResponse<String> response = platform.postForm("deployment/" + electionId + "/assign", Map.of(
                    "observer", List.of(entry.getKey()), "kind", List.of("POLLING_STATION"),
                    "place", List.of(entry.getValue())));
            if (response.statusCode() != 200 && rejected.incrementAndGet() <= 3) {
                synchronized (rejections) {
                    rejections.add(entry.getKey() + " to " + entry.getValue() + ": " + response.statusCode() + " "
                            + PlatformClient.abbreviate(response.body()));
                }
            }
            return null;
        });
        if (rejected.get() > 0) {
            throw new IOException(rejected.get() + " deployments rejected, first ones: " + rejections);
        }
        stationOf.putAll(toDeploy);
        LOG.info(toDeploy.size() + " more OCT deployed in their home commune for election " + electionId);
        return null;
    }

    /**
     * Chooses, for each OCT without a station, a station of their home commune that is neither
     * sampled nor taken, in the frame's order.
     */
    static Map<String, String> stationsInHomeCommunes(List<ObserverDetails> octs, Map<String, String> stationOf,
                                                      Set<String> sampled, List<PollingStation> frame) {
        Set<String> taken = new HashSet<>(stationOf.values());
        Map<String, Deque<String>> freeByCommune = new HashMap<>();
        for (PollingStation station : frame) {
            if (!taken.contains(station.code()) && !sampled.contains(station.code())) {
                freeByCommune.computeIfAbsent(station.code().substring(0, 8), key -> new ArrayDeque<>())
                        .add(station.code());
            }
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        for (ObserverDetails oct : octs) {
            Deque<String> free = freeByCommune.get(oct.communeCode());
            if (!stationOf.containsKey(oct.code()) && free != null && !free.isEmpty()) {
                chosen.put(oct.code(), free.poll());
            }
        }
        return chosen;
    }

    /** Runs one request per item, {@value #PARALLEL_REQUESTS} at a time, and rethrows the first failure. */
    private <T> void inParallel(List<T> items, Request<T> request) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        try {
            List<Future<Void>> requests = new ArrayList<>();
            for (T item : items) {
                requests.add(pool.submit(() -> request.send(item)));
            }
            for (Future<Void> future : requests) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("Request failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Request<T> {
        Void send(T item) throws IOException, InterruptedException;
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
