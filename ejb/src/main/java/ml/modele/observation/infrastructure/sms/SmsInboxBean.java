package ml.modele.observation.infrastructure.sms;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ml.modele.observation.smpp.api.InboundSms;
import ml.modele.observation.smpp.api.SmsListener;
import ml.modele.observation.smpp.api.StatusReport;

/**
 * SMS inbox: stores every message from the SMPP adapter verbatim and commits it, then parses it,
 * stores its submission and queues its one reply in a second transaction. When that second step
 * fails, the message stays stored and is marked FAILED, and the exception makes the adapter answer
 * 0x64 so that the SMSC delivers it again and the parse is retried. A second failure gets a plain
 * acknowledgement instead, so that a message whose parse keeps failing is still answered. The adapter sends deliver_sm_resp only after this method
 * returned, so a message is never acknowledged to the SMSC before it is committed. Messages that
 * arrive together come as a batch, which one transaction stores and a second one parses.
 *
 * <p>The bean names no resource adapter: the one adapter that supports {@link SmsListener} is
 * chosen, whatever its name (inside the EAR "observation#smpp-adapter", on Payara Micro
 * "smpp-adapter"). Each activation property reads a configuration key, so the SMSC settings and
 * the password live in configuration (system property, environment variable or
 * microprofile-config.properties), never in code.
 */
@MessageDriven(messageListenerInterface = SmsListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "host", propertyValue = "${MPCONFIG=observation.smpp.host:}"),
    @ActivationConfigProperty(propertyName = "port", propertyValue = "${MPCONFIG=observation.smpp.port:2775}"),
    @ActivationConfigProperty(propertyName = "systemId", propertyValue = "${MPCONFIG=observation.smpp.system-id:}"),
    @ActivationConfigProperty(propertyName = "password", propertyValue = "${MPCONFIG=observation.smpp.password:}"),
    @ActivationConfigProperty(propertyName = "systemType", propertyValue = "${MPCONFIG=observation.smpp.system-type:}"),
    @ActivationConfigProperty(propertyName = "bindType",
            propertyValue = "${MPCONFIG=observation.smpp.bind-type:transceiver}"),
    @ActivationConfigProperty(propertyName = "addressRange",
            propertyValue = "${MPCONFIG=observation.smpp.address-range:}"),
    @ActivationConfigProperty(propertyName = "enquireLinkSeconds",
            propertyValue = "${MPCONFIG=observation.smpp.enquire-link-seconds:30}"),
    @ActivationConfigProperty(propertyName = "reconnectInitialMillis",
            propertyValue = "${MPCONFIG=observation.smpp.reconnect-initial-millis:1000}"),
    @ActivationConfigProperty(propertyName = "reconnectMaxMillis",
            propertyValue = "${MPCONFIG=observation.smpp.reconnect-max-millis:60000}"),
    @ActivationConfigProperty(propertyName = "defaultAlphabet",
            propertyValue = "${MPCONFIG=observation.smpp.default-alphabet:GSM7}"),
    @ActivationConfigProperty(propertyName = "gsmPacked",
            propertyValue = "${MPCONFIG=observation.smpp.gsm-packed:false}"),
    @ActivationConfigProperty(propertyName = "parallelDeliveries",
            propertyValue = "${MPCONFIG=observation.smpp.parallel-deliveries:64}"),
    @ActivationConfigProperty(propertyName = "deliveryBatchSize",
            propertyValue = "${MPCONFIG=observation.smpp.delivery-batch-size:32}"),
    @ActivationConfigProperty(propertyName = "deliveryBatchMillis",
            propertyValue = "${MPCONFIG=observation.smpp.delivery-batch-millis:5}"),
    @ActivationConfigProperty(propertyName = "responseTimeoutSeconds",
            propertyValue = "${MPCONFIG=observation.smpp.response-timeout-seconds:30}"),
    @ActivationConfigProperty(propertyName = "partialTimeoutSeconds",
            propertyValue = "${MPCONFIG=observation.smpp.partial-timeout-seconds:120}"),
    @ActivationConfigProperty(propertyName = "sourceAddress",
            propertyValue = "${MPCONFIG=observation.smpp.source-address:}"),
    @ActivationConfigProperty(propertyName = "sourceTon", propertyValue = "${MPCONFIG=observation.smpp.source-ton:3}"),
    @ActivationConfigProperty(propertyName = "sourceNpi", propertyValue = "${MPCONFIG=observation.smpp.source-npi:0}"),
    @ActivationConfigProperty(propertyName = "segmentsPerSecond",
            propertyValue = "${MPCONFIG=observation.smpp.segments-per-second:50}"),
    @ActivationConfigProperty(propertyName = "window", propertyValue = "${MPCONFIG=observation.smpp.window:10}"),
    @ActivationConfigProperty(propertyName = "validityMinutes",
            propertyValue = "${MPCONFIG=observation.smpp.validity-minutes:60}")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsInboxBean implements SmsListener {

    private static final Logger LOG = Logger.getLogger(SmsInboxBean.class.getName());

    @EJB
    private SmsInboxStore store;

    @EJB
    private SmsIntake intake;

    @Override
    public void onSms(InboundSms sms) {
        Optional<Long> stored = store.store(sms);
        if (stored.isPresent() && !processAlone(stored.get())) {
            throw new EJBException("Intake of inbound SMS " + stored.get() + " failed; retry on redelivery");
        }
    }

    /**
     * Stores the batch in one transaction, then runs the intake of its new messages in a second
     * one. When that second transaction fails, each message's intake runs alone, as in
     * {@link #onSms}, and the messages whose intake should be retried are returned for redelivery.
     */
    @Override
    public Set<Integer> onSmsBatch(List<InboundSms> batch) {
        List<Optional<Long>> stored = store.storeAll(batch);
        List<Long> pending = stored.stream().flatMap(Optional::stream).distinct().toList();
        if (pending.isEmpty()) {
            return Set.of();
        }
        try {
            intake.processAll(pending);
            return Set.of();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Intake of a batch of " + pending.size()
                    + " inbound SMS failed; running the intake of each message alone", e);
        }

        Set<Long> retry = new HashSet<>();
        for (long id : pending) {
            if (!processAlone(id)) {
                retry.add(id);
            }
        }
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).filter(retry::contains).isPresent()) {
                positions.add(i);
            }
        }
        return positions;
    }

    @Override
    public void onStatusReport(StatusReport report) {
        store.storeReceipts(List.of(report));
    }

    @Override
    public void onStatusReportBatch(List<StatusReport> reports) {
        store.storeReceipts(reports);
    }

    /**
     * Runs the intake of one stored message in its own transaction. A failure marks the message
     * FAILED, and the method returns false when the SMSC should deliver the message again to retry.
     */
    private boolean processAlone(long id) {
        try {
            intake.process(id);
            return true;
        } catch (RuntimeException e) {
            boolean retry = intake.markFailed(id);
            LOG.log(Level.WARNING, "Intake of inbound SMS " + id + " failed; it stays stored as FAILED"
                    + (retry ? " and the SMSC is asked to deliver it again" : " and gets a plain acknowledgement"), e);
            return !retry;
        }
    }
}
