package ml.modele.observation.smpp.inbound;

import java.util.List;
import java.util.Set;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import ml.modele.observation.smpp.api.InboundSms;
import ml.modele.observation.smpp.api.SmsListener;
import ml.modele.observation.smpp.api.StatusReport;

/**
 * Calls the application's message-driven bean. The container runs each call in the bean's
 * transaction, so a normal return means the transaction committed.
 */
final class EndpointInvoker {

    private final MessageEndpointFactory factory;

    EndpointInvoker(MessageEndpointFactory factory) {
        this.factory = factory;
    }

    void deliver(InboundSms sms) throws UnavailableException {
        MessageEndpoint endpoint = factory.createEndpoint(null);
        try {
            ((SmsListener) endpoint).onSms(sms);
        } finally {
            endpoint.release();
        }
    }

    Set<Integer> deliverAll(List<InboundSms> batch) throws UnavailableException {
        MessageEndpoint endpoint = factory.createEndpoint(null);
        try {
            return ((SmsListener) endpoint).onSmsBatch(batch);
        } finally {
            endpoint.release();
        }
    }

    void deliverReceipts(List<StatusReport> reports) throws UnavailableException {
        MessageEndpoint endpoint = factory.createEndpoint(null);
        try {
            ((SmsListener) endpoint).onStatusReportBatch(reports);
        } finally {
            endpoint.release();
        }
    }

    void deliver(StatusReport report) throws UnavailableException {
        MessageEndpoint endpoint = factory.createEndpoint(null);
        try {
            ((SmsListener) endpoint).onStatusReport(report);
        } finally {
            endpoint.release();
        }
    }
}
