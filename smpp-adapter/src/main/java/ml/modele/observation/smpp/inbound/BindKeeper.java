package ml.modele.observation.smpp.inbound;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

import ml.modele.observation.smpp.api.BindStatus;

/**
 * Keeps one bind to the SMSC up. A lost session is never reused: a scheduler thread, not the
 * session's own threads, closes it and binds a new session after an exponential back-off with
 * jitter. A bind refused with ESME_RALYBND (the SMSC still keeps the session that the network cut)
 * is retried the same way until the SMSC drops the old session.
 */
public final class BindKeeper {

    private static final Logger LOG = Logger.getLogger(BindKeeper.class.getName());

    private final BindSettings settings;
    private final InboundHandler handler;
    private final ScheduledExecutorService scheduler;
    private final SubmitSender sender;
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong lastActivity = new AtomicLong();
    private volatile SMPPSession session;
    private volatile String state = "CONNECTING";
    private volatile boolean stopped;
    private volatile String lastError = "";
    private int failedAttempts;
    private boolean everBound;

    BindKeeper(BindSettings settings, EndpointInvoker endpoint, ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.handler = new InboundHandler(endpoint, settings, Clock.systemUTC(), this::touch);
        this.sender = new SubmitSender(this, settings);
    }

    /** Starts binding in the background, or marks the bind disabled when no host is set. */
    void start() {
        if (!settings.enabled()) {
            state = "DISABLED";
            LOG.info("No SMSC host configured; the SMPP bind stays disabled");
            return;
        }
        scheduler.execute(this::connect);
        long sweep = Math.max(1, Math.min(settings.partialTimeout().toSeconds() / 4, 5));
        scheduler.scheduleWithFixedDelay(this::sweepSafely, sweep, sweep, TimeUnit.SECONDS);
    }

    /** Unbinds and closes the session; no rebind follows. */
    void stop() {
        stopped = true;
        state = "STOPPED";
        SMPPSession current = session;
        session = null;
        if (current != null) {
            LOG.info(() -> "Unbinding from " + settings.name());
            current.unbindAndClose();
        }
    }

    BindSettings settings() {
        return settings;
    }

    SubmitSender sender() {
        return sender;
    }

    /** Returns the bound session, or null while the bind is down. */
    SMPPSession boundSession() {
        SMPPSession current = session;
        return current != null && current.getSessionState().isBound() ? current : null;
    }

    void touch() {
        lastActivity.set(System.currentTimeMillis());
    }

    BindStatus status() {
        SMPPSession current = session;
        long last = lastActivity.get();
        String error = !handler.lastError.isEmpty() ? handler.lastError : lastError;
        return new BindStatus(settings.name(), state, last == 0 ? null : Instant.ofEpochMilli(last),
                reconnects.get(), current == null ? 0 : current.getUnacknowledgedRequests(),
                handler.pendingParts(), handler.delivered.get(), handler.receipts.get(), sender.sentSegments(), error);
    }

    private synchronized void connect() {
        if (stopped) {
            return;
        }
        SMPPSession candidate = new SMPPSession();
        candidate.setPduProcessorDegree(settings.parallelDeliveries());
        candidate.setQueueCapacity(Math.max(100, settings.parallelDeliveries() * 50));
        candidate.setTransactionTimer(settings.responseTimeout().toMillis());
        candidate.setEnquireLinkTimer((int) settings.enquireLink().toMillis());
        candidate.setMessageReceiverListener(handler);
        BindParameter bind = new BindParameter(settings.transceiver() ? BindType.BIND_TRX : BindType.BIND_RX,
                settings.systemId(), settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, settings.addressRange().isEmpty() ? null : settings.addressRange());
        try {
            candidate.connectAndBind(settings.host(), settings.port(), bind, settings.responseTimeout().toMillis());
        } catch (IOException e) {
            candidate.close();
            lastError = "bind failed: " + e.getMessage();
            LOG.warning(() -> "Bind to " + settings.name() + " failed: " + e.getMessage()
                    + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
            scheduleReconnect();
            return;
        }
        candidate.addSessionStateListener((newState, oldState, source) -> {
            if (!newState.isBound() && oldState.isBound()) {
                // Never close or rebind on the session's own thread: hand over to the scheduler.
                scheduler.execute(() -> onSessionLost(candidate, newState));
            }
        });
        if (stopped) {
            candidate.unbindAndClose();
            return;
        }
        session = candidate;
        failedAttempts = 0;
        if (everBound) {
            reconnects.incrementAndGet();
        }
        everBound = true;
        state = "BOUND";
        lastError = "";
        touch();
        LOG.info(() -> "Bound to " + settings.name() + (settings.transceiver() ? " (transceiver)" : " (receiver)"));
        if (!candidate.getSessionState().isBound()) {
            scheduler.execute(() -> onSessionLost(candidate, candidate.getSessionState()));
        }
    }

    private synchronized void onSessionLost(SMPPSession lost, SessionState newState) {
        if (session != lost || stopped) {
            return;
        }
        session = null;
        state = "RECONNECTING";
        lastError = "session " + newState;
        LOG.warning(() -> "Session to " + settings.name() + " went " + newState + "; binding a new session");
        lost.close();
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (stopped) {
            return;
        }
        state = "RECONNECTING";
        long delay = backOffMillis(failedAttempts++);
        LOG.info(() -> "Next bind to " + settings.name() + " in " + delay + " ms");
        scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    /** Returns initial * 2^attempt capped at the maximum, scaled by a random factor from 0.5 to 1. */
    long backOffMillis(int attempt) {
        long initial = settings.reconnectInitial().toMillis();
        long max = settings.reconnectMax().toMillis();
        long base = attempt >= 30 ? max : Math.min(max, initial << attempt);
        return Math.max(1, (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5)));
    }

    private void sweepSafely() {
        try {
            handler.sweepPartials();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Sweep of incomplete long messages failed", e);
        }
    }
}
