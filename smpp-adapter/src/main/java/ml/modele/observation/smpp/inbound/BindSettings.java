package ml.modele.observation.smpp.inbound;

import java.time.Duration;

import ml.modele.observation.smpp.codec.CodecSettings;

/**
 * Resolved settings of one bind.
 *
 * @param host                SMSC host; empty disables the bind
 * @param transceiver         true for bind_transceiver, false for bind_receiver
 * @param enquireLink         idle time after which enquire_link is sent
 * @param reconnectInitial    first delay before a rebind; it doubles up to reconnectMax, with jitter
 * @param codec               what data_coding 0 means and how GSM 7-bit is laid out
 * @param parallelDeliveries  worker threads that take incoming PDUs; each waits for the commit of its
 *                            message, so this bounds the PDUs in progress and so the size of a batch
 * @param deliveryBatchSize   messages stored in one transaction at most
 * @param deliveryBatchWait   time a batch waits for more messages after its first one
 * @param responseTimeout     wait for a response to submit_sm, bind, unbind and enquire_link
 * @param partialTimeout      time without a new part after which a long message is delivered as partial
 * @param sourceAddress       source_addr of replies (the short code)
 * @param segmentsPerSecond   submit_sm per second allowed on this bind, every segment counted
 * @param window              submit_sm waiting for their response at most
 * @param validity            validity_period of replies, after which the SMSC stops trying and sends a
 *                            final receipt; zero leaves the SMSC's default
 */
public record BindSettings(String host, int port, String systemId, String password, String systemType,
                           boolean transceiver, String addressRange, Duration enquireLink,
                           Duration reconnectInitial, Duration reconnectMax, CodecSettings codec,
                           int parallelDeliveries, int deliveryBatchSize, Duration deliveryBatchWait,
                           Duration responseTimeout, Duration partialTimeout,
                           String sourceAddress, int sourceTon, int sourceNpi, int segmentsPerSecond, int window,
                           Duration validity) {

    /** Returns true when a host is configured. */
    public boolean enabled() {
        return !host.isEmpty();
    }

    /** Returns host:port and system_id, for logs and the status screen; never the password. */
    public String name() {
        return enabled() ? host + ":" + port + " as " + systemId : "no SMSC configured";
    }

    @Override
    public String toString() {
        return "BindSettings[" + name() + (transceiver ? ", transceiver" : ", receiver") + "]";
    }
}
