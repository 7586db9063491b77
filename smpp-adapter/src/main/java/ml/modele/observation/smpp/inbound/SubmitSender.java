package ml.modele.observation.smpp.inbound;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.SubmitSmResult;

import ml.modele.observation.smpp.api.SendResult;
import ml.modele.observation.smpp.api.SmsSendException;
import ml.modele.observation.smpp.codec.OutboundEncoder;
import ml.modele.observation.smpp.codec.OutboundSegment;
import ml.modele.observation.smpp.codec.PhoneNumbers;
import ml.modele.observation.smpp.codec.SenderAddress;

/**
 * Sends submit_sm over a bind: at most {@code segmentsPerSecond} segments per second, at most
 * {@code window} submits waiting for their response, and a pause then a resend of the same
 * segment when the SMSC responds with ESME_RTHROTTLED or ESME_RMSGQFUL.
 */
public final class SubmitSender {

    private static final Logger LOG = Logger.getLogger(SubmitSender.class.getName());
    private static final int MAX_BUSY_RETRIES = 20;
    private static final long FIRST_PAUSE_MILLIS = 500;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final BindKeeper keeper;
    private final BindSettings settings;
    private final OutboundEncoder encoder;
    private final Semaphore window;
    private final long intervalNanos;
    private final String validityPeriod;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicInteger reference = new AtomicInteger();
    private final Object pace = new Object();
    private long nextSlotNanos = System.nanoTime();
    private volatile long pausedUntilNanos;

    SubmitSender(BindKeeper keeper, BindSettings settings) {
        this.keeper = keeper;
        this.settings = settings;
        this.encoder = new OutboundEncoder(settings.codec());
        this.window = new Semaphore(settings.window(), true);
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / settings.segmentsPerSecond();
        this.validityPeriod = relativeTime(settings.validity());
    }

    /**
     * Formats a duration as an SMPP 3.4 relative time "YYMMDDhhmmss000R" (section 7.1.1), or
     * returns null for zero, which leaves the SMSC's default validity.
     */
    static String relativeTime(java.time.Duration duration) {
        if (duration.isZero()) {
            return null;
        }
        return String.format("0000%02d%02d%02d%02d000R", duration.toDays(), duration.toHoursPart(),
                duration.toMinutesPart(), duration.toSecondsPart());
    }

    long sentSegments() {
        return sent.get();
    }

    /** Sends a message; see {@link ml.modele.observation.smpp.api.SmsConnection#send}. */
    public SendResult send(String destination, String text) throws SmsSendException {
        SenderAddress address = PhoneNumbers.normalize(destination, PhoneNumbers.TON_INTERNATIONAL);
        if (address.e164().isEmpty()) {
            throw new SmsSendException("Invalid destination " + PhoneNumbers.mask(destination) + ": "
                    + address.reason() + "; expected +223 and 8 digits", -1, 0, null);
        }
        if (!settings.transceiver()) {
            throw new SmsSendException("The bind to " + settings.name()
                    + " is a receiver bind; set bindType to transceiver to send", -1, 0, null);
        }
        List<OutboundSegment> segments;
        try {
            segments = encoder.encode(text, reference.getAndIncrement() & 0xFF);
        } catch (IllegalArgumentException e) {
            throw new SmsSendException("Message too long: " + e.getMessage(), -1, 0, e);
        }
        String digits = address.e164().get().substring(1);
        List<String> ids = new ArrayList<>(segments.size());
        for (OutboundSegment segment : segments) {
            try {
                ids.add(submit(digits, segment, ids.size()));
            } catch (ResponseTimeoutException | IOException | IllegalStateException e) {
                // NOTE: not verified that jSMPP 3.0.2 throws IllegalStateException when the session closes
                // during the write. It is caught so that such a case also ends UNKNOWN.
                // The SMSC may have taken the segment: report UNKNOWN rather than risk a second SMS.
                LOG.warning(() -> "submit_sm to " + PhoneNumbers.mask(destination) + " got no response ("
                        + e + "); outcome unknown, not resending");
                return new SendResult(SendResult.Outcome.UNKNOWN, ids, segments.size(),
                        "no submit_sm_resp for segment " + segment.sequence() + ": " + e.getMessage());
            }
        }
        return new SendResult(SendResult.Outcome.ACCEPTED, ids, segments.size(), "");
    }

    private String submit(String digits, OutboundSegment segment, int accepted)
            throws SmsSendException, ResponseTimeoutException, IOException {
        for (int attempt = 0; ; attempt++) {
            awaitPause();
            SMPPSession session = keeper.boundSession();
            if (session == null) {
                throw new SmsSendException("No bind to " + settings.name() + " is up; try again after it rebinds",
                        -1, accepted, null);
            }
            acquireWindow(accepted);
            try {
                awaitSlot();
                SubmitSmResult result = session.submitShortMessage("", TypeOfNumber.valueOf((byte) settings.sourceTon()),
                        NumberingPlanIndicator.valueOf((byte) settings.sourceNpi()), settings.sourceAddress(),
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, digits,
                        new ESMClass(segment.esmClass()), (byte) 0, (byte) 1, null, validityPeriod,
                        new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                        DataCodings.newInstance((byte) segment.dataCoding()), (byte) 0, segment.shortMessage());
                sent.incrementAndGet();
                keeper.touch();
                return result.getMessageId();
            } catch (NegativeResponseException e) {
                int status = e.getCommandStatus();
                boolean busy = status == SMPPConstant.STAT_ESME_RTHROTTLED || status == SMPPConstant.STAT_ESME_RMSGQFUL;
                if (!busy || attempt >= MAX_BUSY_RETRIES) {
                    throw new SmsSendException("SMSC rejected submit_sm with command_status 0x"
                            + Integer.toHexString(status), status, accepted, e);
                }
                pause(attempt, status);
            } catch (PDUException | InvalidResponseException e) {
                throw new SmsSendException("submit_sm failed before the SMSC accepted it: " + e.getMessage(),
                        -1, accepted, e);
            } finally {
                window.release();
            }
        }
    }

    private void pause(int attempt, int status) {
        long millis = Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt, 10));
        pausedUntilNanos = Math.max(pausedUntilNanos, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
        LOG.info(() -> "SMSC answered 0x" + Integer.toHexString(status) + "; pausing submits on "
                + settings.name() + " for " + millis + " ms, then resending the same segment");
    }

    private void awaitPause() throws SmsSendException {
        long wait = pausedUntilNanos - System.nanoTime();
        if (wait > 0) {
            sleepNanos(wait);
        }
    }

    private void acquireWindow(int accepted) throws SmsSendException {
        try {
            if (!window.tryAcquire(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SmsSendException("The window of " + settings.window() + " outstanding submits on "
                        + settings.name() + " stayed full for " + settings.responseTimeout(), -1, accepted, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsSendException("Interrupted while waiting for the submit window", -1, accepted, e);
        }
    }

    /** Waits for the next submit slot of the rate limit; every segment takes one slot. */
    private void awaitSlot() throws SmsSendException {
        long slot;
        synchronized (pace) {
            long now = System.nanoTime();
            slot = Math.max(now, nextSlotNanos);
            nextSlotNanos = slot + intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            sleepNanos(wait);
        }
    }

    private static void sleepNanos(long nanos) throws SmsSendException {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsSendException("Interrupted while pacing submits", -1, 0, e);
        }
    }
}
