package ml.modele.observation.smpp.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.transaction.xa.XAResource;

import ml.modele.observation.smpp.api.BindStatus;

/**
 * Resource adapter that keeps one SMPP bind per activated message-driven bean and sends
 * through the first transceiver bind that is up.
 */
@Connector(
        displayName = "Observation SMPP adapter",
        vendorName = "MODELE-Mali",
        eisType = "SMPP 3.4 SMSC",
        version = "0.2",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class SmppResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SmppResourceAdapter.class.getName());

    private final Map<MessageEndpointFactory, BindKeeper> binds = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    @Override
    public void start(BootstrapContext context) {
        AtomicInteger count = new AtomicInteger();
        scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "smpp-bind-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        LOG.info("SMPP resource adapter started");
    }

    @Override
    public void stop() {
        binds.values().forEach(BindKeeper::stop);
        binds.clear();
        scheduler.shutdownNow();
        LOG.info("SMPP resource adapter stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof SmppActivationSpec smppSpec)) {
            throw new ResourceException("Unsupported activation spec " + spec.getClass().getName());
        }
        BindSettings settings = smppSpec.settings();
        BindKeeper keeper = new BindKeeper(settings, new EndpointInvoker(factory), scheduler);
        binds.put(factory, keeper);
        keeper.start();
        LOG.info(() -> "Activated SMS endpoint with " + settings);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        BindKeeper keeper = binds.remove(factory);
        if (keeper != null) {
            keeper.stop();
        }
    }

    /** Returns the sender of the first transceiver bind that is up, else of any transceiver bind, else null. */
    public SubmitSender sender() {
        BindKeeper fallback = null;
        for (BindKeeper keeper : binds.values()) {
            if (keeper.settings().transceiver() && keeper.settings().enabled()) {
                if (keeper.boundSession() != null) {
                    return keeper.sender();
                }
                fallback = keeper;
            }
        }
        return fallback == null ? null : fallback.sender();
    }

    /** Returns the state of every bind. */
    public List<BindStatus> bindStatus() {
        return binds.values().stream().map(BindKeeper::status).toList();
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
