package ml.modele.observation.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.election.ElectionPhase;
import ml.modele.observation.domain.election.ElectionStatus;
import ml.modele.observation.domain.election.ElectionType;
import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingFrame;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.infrastructure.imports.AdminUnitImporter;
import ml.modele.observation.infrastructure.imports.DemoObserverRoster;

/**
 * Loads the default data on a database that has none, in the background so that the server
 * answers meanwhile: the P-code map of Mali, the generated demonstration frame of polling
 * stations (seed {@value #FRAME_SEED}) and the demonstration election, the constitutional
 * referendum of 18 June 2023. In demonstration mode ({@code observation.demo-users=true}, unless
 * {@code observation.demo-observers=false}) it also imports a generated roster of 3,075 fictitious
 * observers through the observer import. Each part is skipped when its data exists, so a restart
 * adds nothing.
 */
@Stateless
@PermitAll
public class DefaultDataSetup {

    /** Seed of the generated demonstration frame. */
    public static final long FRAME_SEED = 2023L;
    /** Source name stored with the generated frame and shown in the audit trail. */
    public static final String FRAME_SOURCE = "generated demonstration frame, seed " + FRAME_SEED;

    private static final Logger LOG = Logger.getLogger(DefaultDataSetup.class.getName());
    private static final String SYSTEM = "system";
    private static final String REFERENDUM = "/ml/modele/observation/demo/referendum-2023.properties";
    /** File name recorded in the audit trail and the observers' history for the demonstration roster. */
    private static final String DEMO_OBSERVERS_FILE = "observateurs-demo.xlsx";
    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private MapWriter writer;

    @EJB
    private MapDirectory directory;

    @EJB
    private AuditTrail audit;

    @EJB
    private ObserverWriter observers;

    @EJB
    private FormSetService formSets;

    @Inject
    @ConfigProperty(name = "observation.demo-users", defaultValue = "false")
    private boolean demoMode;

    @Inject
    @ConfigProperty(name = "observation.demo-observers", defaultValue = "true")
    private boolean demoObservers;

    private final Clock clock = Clock.systemUTC();

    /** Tells whether the default data is being loaded now. */
    public static boolean running() {
        return RUNNING.get();
    }

    /** Loads what is missing, in one transaction on a container thread. */
    @Asynchronous
    public void loadInBackground() {
        if (!RUNNING.compareAndSet(false, true)) {
            return;
        }
        try {
            long start = System.nanoTime();
            Long version = directory.latestVersionId();
            if (version == null) {
                version = loadMap();
            }
            if (em.createNamedQuery(Election.COUNT, Long.class).getSingleResult() == 0) {
                createReferendum(version);
            }
            if (demoMode && demoObservers && em.createNamedQuery(Observer.COUNT, Long.class).getSingleResult() == 0) {
                loadDemoObservers(version);
            }
            LOG.info(String.format("Default data checked in %.1f s", (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Loading the default map, election and demonstration observers failed; nothing of it was stored."
                    + " Import the map from the import screen.", e);
            throw e;
        } finally {
            RUNNING.set(false);
        }
    }

    private long loadMap() {
        AdminHierarchy hierarchy = new AdminUnitImporter().importDefaultMali();
        String source = AdminUnitImporter.DEFAULT_MALI_FILE.substring(
                AdminUnitImporter.DEFAULT_MALI_FILE.lastIndexOf('/') + 1);
        long version = writer.applyAdminUnits(hierarchy, source, SYSTEM, new ImportProgress()).mapVersion();
        PollingFrame frame = new MaliFrameGenerator().generate(hierarchy.unitsAt(AdminLevel.COMMUNE), FRAME_SEED);
        MapImportOutcome stations = writer.applyStations(version, frame, FRAME_SOURCE, SYSTEM, RetireConfirmation.ANY,
                new ImportProgress());
        LOG.info("Default map loaded as version " + version + ": " + hierarchy.countByLevel() + ", "
                + stations.added() + " generated stations, " + frame.totalRegisteredVoters() + " registered voters");
        return version;
    }

    private void loadDemoObservers(long version) {
        List<String> communes = directory.communeCodes(version).stream().sorted().toList();
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try {
            DemoObserverRoster.writeXlsx(DemoObserverRoster.generate(communes, DemoObserverRoster.Settings.DEMO),
                    workbook);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demonstration observer workbook", e);
        }
        ObserverImportOutcome outcome = observers.importFile(workbook.toByteArray(), DEMO_OBSERVERS_FILE, SYSTEM);
        LOG.info("Demonstration observers loaded: " + outcome.added() + " added, " + outcome.rejected()
                + " rejected");
    }

    private void createReferendum(long version) {
        Properties data = referendumData();
        Instant now = Instant.now(clock);
        Election election = new Election(data.getProperty("name"), ElectionType.REFERENDUM,
                LocalDate.parse(data.getProperty("date")), version, now);
        List<BallotOption> options = new ArrayList<>();
        for (String code : data.getProperty("options").split(",")) {
            options.add(new BallotOption(code, data.getProperty("option." + code)));
        }
        List<ElectionPhase> phases = new ArrayList<>();
        for (String key : data.getProperty("phases").split(",")) {
            String[] parts = data.getProperty("phase." + key).split(";");
            phases.add(new ElectionPhase(parts[0], LocalDate.parse(parts[1]), LocalDate.parse(parts[2])));
        }
        election.plan(options, phases, now);
        election.changeStatus(ElectionStatus.ONGOING, now);
        em.persist(election);
        em.flush();
        audit.record(SYSTEM, AuditAction.ELECTION_CREATED, "Election", Long.toString(election.getId()),
                "demonstration election on map version " + version);
        formSets.storeDefault(election, SYSTEM);
        LOG.info("Demonstration election created: " + election.getName());
    }

    private static Properties referendumData() {
        try (InputStream input = DefaultDataSetup.class.getResourceAsStream(REFERENDUM)) {
            if (input == null) {
                throw new IllegalStateException("Missing class-path resource " + REFERENDUM);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + REFERENDUM, e);
        }
    }
}
