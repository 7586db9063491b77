/**
 * SMPP 3.4 message codec of the adapter, free of container and jSMPP types.
 *
 * <p>Inbound, the adapter copies each deliver_sm into an {@link ml.modele.observation.smpp.codec.InboundPdu}.
 * It first checks {@link ml.modele.observation.smpp.codec.DeliveryReceipts#isReceipt(int)}, and for any
 * other PDU passes the result of {@link ml.modele.observation.smpp.codec.PartExtractor#extract} to one shared
 * {@link ml.modele.observation.smpp.codec.ConcatenatedMessageAssembler}. It calls
 * {@link ml.modele.observation.smpp.codec.ConcatenatedMessageAssembler#sweepExpired} on a timer and
 * checks the sender with {@link ml.modele.observation.smpp.codec.PhoneNumbers#normalize(String, int)}
 * before any reply.
 *
 * <p>Outbound, {@link ml.modele.observation.smpp.codec.OutboundEncoder#encode} gives one
 * {@link ml.modele.observation.smpp.codec.OutboundSegment} per submit_sm, with its short_message,
 * data_coding and esm_class.
 *
 * <p>Logs go through java.util.logging and show phone numbers only through
 * {@link ml.modele.observation.smpp.codec.PhoneNumbers#mask(String)}.
 */
package ml.modele.observation.smpp.codec;
