package ml.modele.observation.infrastructure.sms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;

import org.eclipse.microprofile.config.ConfigProvider;

import ml.modele.observation.smpp.api.SendResult;
import ml.modele.observation.smpp.api.SmsConnection;
import ml.modele.observation.smpp.api.SmsConnectionFactory;
import ml.modele.observation.smpp.api.SmsSendException;

/**
 * Sends the committed rows of the outbox through the adapter's connection factory, once a second.
 * A row is claimed in a committed transaction before its submit, so it is never sent twice. A
 * submit whose response timed out ends UNKNOWN: a delivery receipt from its recipient marks it
 * SENT, and without one it is queued again after {@code observation.sms.unknown-resend-after-seconds}.
 * That delay must exceed the validity period of replies plus the time the SMSC takes to send a
 * final receipt, so that a missing receipt shows that the SMSC did not accept the submit.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsOutboxDrainer {

    static final String FACTORY_KEY = "observation.smpp.connection-factory";
    static final String DEFAULT_FACTORY = "jca/observation/sms";
    static final String RESEND_AFTER_KEY = "observation.sms.unknown-resend-after-seconds";
    static final long DEFAULT_RESEND_AFTER_SECONDS = 5400;

    private static final Logger LOG = Logger.getLogger(SmsOutboxDrainer.class.getName());
    private static final int BATCH = 200;
    private static final long PERIOD_MILLIS = 1000;
    /**
     * Submitted rows recorded per transaction at most. Until its record commits, a submitted row
     * stays SENDING, which a restart leaves as it is, so the reply is never sent twice.
     */
    private static final int RECORD_EVERY = 50;

    @Resource
    private TimerService timers;

    @EJB
    private SmsOutboxWorker worker;

    private final AtomicBoolean running = new AtomicBoolean();
    private boolean missingFactoryLogged;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(PERIOD_MILLIS, PERIOD_MILLIS, new TimerConfig("sms-outbox", false));
    }

    @Timeout
    void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Optional<SmsConnectionFactory> factory = lookupFactory();
            if (factory.isPresent()) {
                requeueUnresolved();
                drainWith(factory.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox drain failed; retrying in " + PERIOD_MILLIS + " ms", e);
        } finally {
            running.set(false);
        }
    }

    private void requeueUnresolved() {
        long seconds = ConfigProvider.getConfig().getOptionalValue(RESEND_AFTER_KEY, Long.class)
                .orElse(DEFAULT_RESEND_AFTER_SECONDS);
        int requeued = worker.requeueUnresolved(Instant.now().minusSeconds(seconds));
        if (requeued > 0) {
            LOG.info(() -> requeued + " outbound SMS with an unknown outcome got no receipt in " + seconds
                    + " s; sending them again");
        }
    }

    private void drainWith(SmsConnectionFactory factory) {
        List<SmsOutbox.Claimed> batch = worker.claim(BATCH);
        while (!batch.isEmpty()) {
            try (SmsConnection connection = factory.getConnection()) {
                List<SmsOutbox.Sent> sent = new ArrayList<>();
                try {
                    for (SmsOutbox.Claimed row : batch) {
                        send(connection, row, sent);
                        if (sent.size() >= RECORD_EVERY) {
                            recordSent(sent);
                        }
                    }
                } finally {
                    recordSent(sent);
                }
            } catch (ResourceException e) {
                batch.forEach(row -> worker.release(row.id(), "no SMS connection: " + e.getMessage()));
                LOG.warning(() -> "No SMS connection: " + e.getMessage() + "; outbound SMS wait");
                return;
            }
            batch = worker.claim(BATCH);
        }
    }

    private void send(SmsConnection connection, SmsOutbox.Claimed row, List<SmsOutbox.Sent> sent) {
        try {
            SendResult result = connection.send(row.recipient(), row.text());
            sent.add(new SmsOutbox.Sent(row.id(), result));
        } catch (SmsSendException e) {
            if (e.segmentsAccepted() == 0 && e.commandStatus() == -1) {
                // Nothing reached the SMSC (no bind, closed window): the row waits for the next drain.
                worker.release(row.id(), e.getMessage());
            } else {
                LOG.warning(() -> "Outbound SMS " + row.id() + " failed: " + e.getMessage());
                worker.failed(row.id(), e.getMessage());
            }
        }
    }

    /** Records the submitted rows in one transaction and empties the list. */
    private void recordSent(List<SmsOutbox.Sent> sent) {
        if (!sent.isEmpty()) {
            worker.sent(List.copyOf(sent));
            sent.clear();
        }
    }

    /** Looks the adapter's connection factory up; the platform runs without one and sends nothing. */
    private Optional<SmsConnectionFactory> lookupFactory() {
        String name = ConfigProvider.getConfig().getOptionalValue(FACTORY_KEY, String.class).orElse(DEFAULT_FACTORY);
        try {
            Object found = new InitialContext().lookup(name);
            missingFactoryLogged = false;
            return Optional.of((SmsConnectionFactory) found);
        } catch (NamingException | ClassCastException e) {
            if (!missingFactoryLogged) {
                missingFactoryLogged = true;
                LOG.info(() -> "No SMS connection factory at " + name + " (" + e.getMessage()
                        + "); outbound SMS stay queued until it is created");
            }
            return Optional.empty();
        }
    }
}
