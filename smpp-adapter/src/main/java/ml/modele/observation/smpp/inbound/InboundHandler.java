package ml.modele.observation.smpp.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.resource.spi.UnavailableException;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.AbstractSmCommand;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.MessageId;

import ml.modele.observation.smpp.api.InboundSms;
import ml.modele.observation.smpp.api.StatusReport;
import ml.modele.observation.smpp.codec.AssembledMessage;
import ml.modele.observation.smpp.codec.ConcatenatedMessageAssembler;
import ml.modele.observation.smpp.codec.DeliveryReceipt;
import ml.modele.observation.smpp.codec.DeliveryReceipts;
import ml.modele.observation.smpp.codec.InboundPdu;
import ml.modele.observation.smpp.codec.MalformedUdhException;
import ml.modele.observation.smpp.codec.MessagePart;
import ml.modele.observation.smpp.codec.PartExtractor;
import ml.modele.observation.smpp.codec.PhoneNumbers;
import ml.modele.observation.smpp.codec.TextDecoder;

/**
 * Turns deliver_sm PDUs into messages and receipts and hands them to the application.
 *
 * <p>jSMPP sends deliver_sm_resp when {@link #onAcceptDeliverSm} returns, so a PDU is answered
 * only after the bean's transaction committed. Complete messages and delivery receipts each go
 * through a {@link DeliveryBatcher}, so that those arriving together share one transaction. A failed delivery throws
 * {@link ProcessRequestException} with 0x64 (ESME_RX_T_APPN), a temporary error after which the
 * SMSC delivers again. The parts of a long message that do not complete it are answered at once,
 * because the session's worker threads cannot wait for the last part.
 * NOTE: those parts live only in memory until the last part arrives, so a restart in between loses them.
 */
final class InboundHandler implements MessageReceiverListener {

    private static final Logger LOG = Logger.getLogger(InboundHandler.class.getName());
    private static final short TAG_MESSAGE_PAYLOAD = 0x0424;
    private static final short TAG_SAR_MSG_REF_NUM = 0x020C;
    private static final short TAG_SAR_TOTAL_SEGMENTS = 0x020E;
    private static final short TAG_SAR_SEGMENT_SEQNUM = 0x020F;

    private static final DataSmResult EMPTY_DATA_SM_RESULT = emptyDataSmResult();
    /**
     * Batches being stored from which a new batch waits to fill up. With 1, a message that arrived
     * during a commit waited for it, which doubled the p50 at 500 messages/s in the intake benchmark.
     */
    private static final int BUSY_BATCHES = 2;

    private final EndpointInvoker endpoint;
    private final PartExtractor extractor;
    private final ConcatenatedMessageAssembler assembler;
    private final Clock clock;
    private final Runnable onActivity;
    private final DeliveryBatcher<InboundSms> batcher;
    private final DeliveryBatcher<StatusReport> receiptBatcher;
    /** Long messages whose delivery failed, kept until the SMSC sends a part of them again. */
    private final Map<SetKey, AssembledMessage> failedLongMessages = new ConcurrentHashMap<>();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong receipts = new AtomicLong();
    volatile String lastError = "";

    InboundHandler(EndpointInvoker endpoint, BindSettings settings, Clock clock, Runnable onActivity) {
        this.endpoint = endpoint;
        this.extractor = new PartExtractor(settings.codec());
        this.assembler = new ConcatenatedMessageAssembler(new TextDecoder(settings.codec()), settings.partialTimeout());
        this.clock = clock;
        this.onActivity = onActivity;
        this.batcher = new DeliveryBatcher<>(new DeliveryBatcher.Target<>() {
            @Override
            public Set<Integer> deliverAll(List<InboundSms> batch) throws UnavailableException {
                return endpoint.deliverAll(batch);
            }

            @Override
            public void deliver(InboundSms sms) throws UnavailableException {
                endpoint.deliver(sms);
            }
        }, settings.deliveryBatchSize(), settings.deliveryBatchWait(), BUSY_BATCHES);
        this.receiptBatcher = new DeliveryBatcher<>(new DeliveryBatcher.Target<>() {
            @Override
            public Set<Integer> deliverAll(List<StatusReport> batch) throws UnavailableException {
                endpoint.deliverReceipts(batch);
                return Set.of();
            }

            @Override
            public void deliver(StatusReport report) throws UnavailableException {
                endpoint.deliver(report);
            }
        }, settings.deliveryBatchSize(), settings.deliveryBatchWait(), BUSY_BATCHES);
    }

    int pendingParts() {
        return assembler.pendingCount();
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        onActivity.run();
        Instant arrival = clock.instant();
        InboundPdu pdu = copy(deliverSm, deliverSm.getShortMessage(), arrival);
        if (DeliveryReceipts.isReceipt(pdu.esmClass())) {
            deliverReceipt(deliverSm, pdu);
            return;
        }
        handleMessage(pdu, deliverSm.getSourceAddrTon(), receiptedId(deliverSm));
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        // data_sm carries its text in message_payload and gets an empty message id in data_sm_resp.
        // jSMPP 3.0.2 reads the message id of the returned result, so it must not be null.
        onActivity.run();
        InboundPdu pdu = copy(dataSm, new byte[0], clock.instant());
        if (DeliveryReceipts.isReceipt(pdu.esmClass())) {
            deliverReceipt(dataSm, pdu);
        } else {
            handleMessage(pdu, dataSm.getSourceAddrTon(), receiptedId(dataSm));
        }
        return EMPTY_DATA_SM_RESULT;
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        onActivity.run();
    }

    /** Delivers, as partial messages, the long messages whose parts stopped arriving. */
    void sweepPartials() {
        for (AssembledMessage message : assembler.sweepExpired(clock)) {
            try {
                deliver(toSms(message, PhoneNumbers.TON_UNKNOWN, null));
            } catch (RuntimeException | UnavailableException e) {
                // NOTE: a partial message whose delivery fails is logged and dropped; its parts were already answered.
                lastError = "partial message not stored: " + e;
                LOG.log(Level.SEVERE, "Failed to store a partial message from " + PhoneNumbers.mask(message.sender()), e);
            }
        }
    }

    private void handleMessage(InboundPdu pdu, byte ton, String smscMessageId) throws ProcessRequestException {
        MessagePart part;
        try {
            part = extractor.extract(pdu);
        } catch (MalformedUdhException e) {
            LOG.log(Level.WARNING, "Rejecting deliver_sm from " + PhoneNumbers.mask(pdu.sender())
                    + " with a malformed user data header: " + e.getMessage());
            throw new ProcessRequestException("Malformed user data header", SMPPConstant.STAT_ESME_RINVMSGLEN);
        }
        SetKey key = SetKey.of(part);
        Optional<AssembledMessage> complete = assembler.accept(part);
        if (complete.isEmpty() && part.isConcatenated()) {
            AssembledMessage retry = failedLongMessages.remove(key);
            if (retry == null) {
                return;
            }
            complete = Optional.of(retry);
        }
        AssembledMessage message = complete.orElseThrow();
        try {
            batcher.deliver(toSms(message, ton, smscMessageId));
            delivered.incrementAndGet();
        } catch (RuntimeException | DeliveryBatcher.DeliveryFailedException e) {
            if (part.isConcatenated()) {
                failedLongMessages.put(key, message);
            }
            lastError = "delivery failed: " + e;
            LOG.log(Level.WARNING, "Delivery of a message from " + PhoneNumbers.mask(pdu.sender())
                    + " failed; answering 0x64 so that the SMSC delivers it again", e);
            throw new ProcessRequestException("Delivery failed: " + e, SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private void deliver(InboundSms sms) throws UnavailableException {
        endpoint.deliver(sms);
        delivered.incrementAndGet();
    }

    private void deliverReceipt(AbstractSmCommand command, InboundPdu pdu) throws ProcessRequestException {
        byte[] body = pdu.shortMessage().length == 0 && pdu.messagePayload() != null
                ? pdu.messagePayload() : pdu.shortMessage();
        String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
        Optional<DeliveryReceipt> parsed = DeliveryReceipts.parse(text);
        String id = receiptedId(command);
        if (id == null) {
            id = parsed.map(DeliveryReceipt::id).orElse(null);
        }
        if (id == null) {
            LOG.warning(() -> "Ignoring a delivery receipt without a message id from " + PhoneNumbers.mask(pdu.sender()));
            return;
        }
        StatusReport report = new StatusReport(id, parsed.map(DeliveryReceipt::stat).orElse(null),
                parsed.map(DeliveryReceipt::err).orElse(null), DeliveryReceipts.isIntermediate(pdu.esmClass()),
                pdu.sender(), pdu.arrival(), text);
        try {
            receiptBatcher.deliver(report);
            receipts.incrementAndGet();
        } catch (RuntimeException | DeliveryBatcher.DeliveryFailedException e) {
            lastError = "receipt delivery failed: " + e;
            LOG.log(Level.WARNING, "Delivery of a receipt for message " + id + " failed; answering 0x64", e);
            throw new ProcessRequestException("Delivery failed: " + e, SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private static DataSmResult emptyDataSmResult() {
        try {
            return new DataSmResult(new MessageId(""), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static InboundSms toSms(AssembledMessage message, int ton, String smscMessageId) {
        String e164 = PhoneNumbers.normalize(message.sender(), ton).e164().orElse(null);
        return new InboundSms(message.sender(), e164, message.destination(), message.text(), smscMessageId,
                message.lastArrival(), message.decoded().hex(), message.parts().get(0).dataCoding(),
                message.partial(), message.total());
    }

    private static InboundPdu copy(AbstractSmCommand command, byte[] shortMessage, Instant arrival) {
        return new InboundPdu(nullToEmpty(command.getSourceAddr()), nullToEmpty(command.getDestAddress()),
                command.getEsmClass() & 0xFF, command.getDataCoding() & 0xFF, shortMessage,
                octets(command, TAG_MESSAGE_PAYLOAD), unsigned(command, TAG_SAR_MSG_REF_NUM),
                unsigned(command, TAG_SAR_TOTAL_SEGMENTS), unsigned(command, TAG_SAR_SEGMENT_SEQNUM), arrival);
    }

    private static String receiptedId(AbstractSmCommand command) {
        byte[] value = octets(command, (short) DeliveryReceipts.TAG_RECEIPTED_MESSAGE_ID);
        if (value == null) {
            return null;
        }
        String id = DeliveryReceipts.receiptedMessageId(value);
        return id.isEmpty() ? null : id;
    }

    private static byte[] octets(AbstractSmCommand command, short tag) {
        OptionalParameter parameter = command.getOptionalParameter(tag);
        if (parameter == null) {
            return null;
        }
        byte[] serialized = parameter.serialize();
        // serialize() gives tag (2 octets), length (2 octets), then the value.
        return java.util.Arrays.copyOfRange(serialized, 4, serialized.length);
    }

    private static Integer unsigned(AbstractSmCommand command, short tag) {
        byte[] value = octets(command, tag);
        if (value == null || value.length == 0 || value.length > 4) {
            return null;
        }
        int result = 0;
        for (byte b : value) {
            result = (result << 8) | (b & 0xFF);
        }
        return result;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private record SetKey(String sender, String destination, int reference, int total) {
        static SetKey of(MessagePart part) {
            return new SetKey(part.sender(), part.destination(), part.reference(), part.total());
        }
    }

}
