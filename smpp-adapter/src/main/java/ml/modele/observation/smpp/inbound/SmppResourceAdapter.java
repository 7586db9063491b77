package ml.modele.observation.smpp.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.transaction.xa.XAResource;

/**
 * Resource adapter that will keep the SMPP bind to the operator's SMSC.
 * <p>
 * TODO: this first version only tracks endpoint activations so that the RAR deploys
 * on Payara Server and Payara Micro; it does not bind to an SMSC yet.
 */
@Connector(
        displayName = "Observation SMPP adapter",
        vendorName = "MODELE-Mali",
        eisType = "SMPP 3.4 SMSC",
        version = "0.1",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class SmppResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SmppResourceAdapter.class.getName());

    private final Map<MessageEndpointFactory, SmppActivationSpec> activations = new ConcurrentHashMap<>();

    @Override
    public void start(BootstrapContext context) {
        LOG.info("SMPP resource adapter started");
    }

    @Override
    public void stop() {
        activations.clear();
        LOG.info("SMPP resource adapter stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof SmppActivationSpec smppSpec)) {
            throw new ResourceException("Unsupported activation spec " + spec.getClass().getName());
        }
        smppSpec.validate();
        activations.put(factory, smppSpec);
        LOG.info(() -> "Activated SMS endpoint for SMSC " + smppSpec.getHost() + ":" + smppSpec.getPort());
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        activations.remove(factory);
    }

    /** Returns no XA resources because the adapter does not take part in transaction recovery. */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
