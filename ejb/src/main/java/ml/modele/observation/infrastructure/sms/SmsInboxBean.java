package ml.modele.observation.infrastructure.sms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ml.modele.observation.smpp.api.InboundSms;
import ml.modele.observation.smpp.api.SmsListener;
import ml.modele.observation.smpp.api.StatusReport;

/**
 * Raw SMS inbox: stores every message from the SMPP adapter in this bean's transaction and
 * queues its acknowledgement. The adapter sends deliver_sm_resp only after the transaction committed.
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
            propertyValue = "${MPCONFIG=observation.smpp.parallel-deliveries:8}"),
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
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class SmsInboxBean implements SmsListener {

    @EJB
    private SmsInboxStore store;

    @Override
    public void onSms(InboundSms sms) {
        store.store(sms);
    }

    @Override
    public void onStatusReport(StatusReport report) {
        store.storeReceipt(report);
    }
}
